#!/usr/bin/env python3
"""Where the service's CPU goes, from a JFR recording: each event-loop execution sample is charged to
the first component found walking its stack from the top (the innermost frame). Usage:
    jfr print --stack-depth 128 --events jdk.ExecutionSample bench/results/<name>.jfr | bench/jfr-breakdown.py
"""
import collections
import re
import sys

COMPONENTS = [
    ("token verification (quarkus-oidc, jose4j, RSA)", ("org.jose4j", "io.quarkus.oidc", "sun.security", "java.security", "io.smallrye.jwt")),
    ("security identity and permission checks", ("io.quarkus.security", "io.quarkus.vertx.http.runtime.security")),
    ("metrics (micrometer)", ("io.micrometer", "io.quarkus.micrometer")),
    ("JSON (jackson)", ("com.fasterxml.jackson",)),
    ("GraphQL (graphql-java, smallrye)", ("graphql.", "io.smallrye.graphql")),
    ("Hibernate Reactive / ORM", ("org.hibernate",)),
    ("PostgreSQL client (vertx-pg)", ("io.vertx.pgclient", "io.vertx.sqlclient")),
    ("Quintet code", ("io.quintet",)),
    ("REST layer (resteasy reactive)", ("org.jboss.resteasy",)),
    ("HTTP and event loop (netty, vert.x web)", ("io.netty", "io.vertx")),
    ("Mutiny", ("io.smallrye.mutiny",)),
]

samples = collections.Counter()
total = 0
for event in sys.stdin.read().split("jdk.ExecutionSample")[1:]:
    if "eventloop" not in event:
        continue
    total += 1
    frames = re.findall(r"^\s+([\w$.<>]+)\(", event, re.M)
    owner = "other (JDK, JIT-compiled lambdas)"
    for frame in frames:
        found = next((name for name, prefixes in COMPONENTS if frame.startswith(prefixes)), None)
        if found:
            owner = found
            break
    samples[owner] += 1

print(f"{total} event-loop samples")
for owner, count in samples.most_common():
    print(f"{count * 100 / max(total, 1):5.1f} %  {owner}")
