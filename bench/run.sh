#!/usr/bin/env bash
# Quintet CRM benchmark: the packaged service against PostgreSQL, each API shape measured with wrk
# and the same SQL measured with pgbench in the same run, so that every figure is a ratio.
# See bench/README.md. Usage: bench/run.sh [--scale N] [--duration S] [--shapes 1,2,...] [--growth]
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
OUT="$BENCH_DIR/results"
JAR=${BENCH_JAR:-$ROOT/target/quarkus-app/quarkus-run.jar}
# The heap and collector of the Kubernetes deployment (25 % of its 512 MiB limit; one CPU, where the JVM picks the
# serial collector anyway), so that the peak RSS measured is the one a replica has.
DEFAULT_JAVA_OPTS="-Xmx128m -XX:+UseSerialGC"

SCALE=1
DURATION=10
WARMUP=15
REPS=3
SHAPES="1,2,3,4,5,6,7"
GROWTH=false
SERVE=false
REUSE=false
JFR=false
THREADS=2
CONNECTIONS=16
SEED=0.42

usage() {
    cat <<EOF
Usage: bench/run.sh [options]
  --scale N        data scale (1 = 10k accounts, 100k contacts, 50k opportunities, 200k activities); default 1
  --duration S     seconds of each measured wrk and pgbench run; default $DURATION
  --warmup S       seconds of the unmeasured wrk run before each shape; default $WARMUP
  --reps N         measured repetitions per shape and tool (the table shows medians); default $REPS
  --shapes LIST    shapes to run, e.g. 1,2,3; default all ($SHAPES)
  --growth         run shapes 1 and 2 at scale 1 and at scale 10 and compare them
  --jfr            record the service with JDK Flight Recorder into bench/results/service.jfr
  --serve          set everything up, print how to call the service, and wait (Ctrl-C stops it)
  --reuse          use the database of an earlier run as it is (faster; written rows and versions remain)
Environment: PGHOST (127.0.0.1), PGPORT (5432), PGUSER (postgres), BENCH_JAVA_OPTS (JVM options of the service;
  default $DEFAULT_JAVA_OPTS, what k8s/base/deployment.yaml gives it), BENCH_JAR (another packaged service than
  target/quarkus-app/quarkus-run.jar).
EOF
}

while [ $# -gt 0 ]; do
    case "$1" in
        --scale) SCALE=$2; shift 2 ;;
        --duration) DURATION=$2; shift 2 ;;
        --warmup) WARMUP=$2; shift 2 ;;
        --reps) REPS=$2; shift 2 ;;
        --shapes) SHAPES=$2; shift 2 ;;
        --growth) GROWTH=true; shift ;;
        --jfr) JFR=true; shift ;;
        --serve) SERVE=true; shift ;;
        --reuse) REUSE=true; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option $1" >&2; usage >&2; exit 2 ;;
    esac
done

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

log() { printf '[bench %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

preflight() {
    command -v wrk >/dev/null || die "wrk is missing: apt-get install wrk"
    command -v pgbench >/dev/null || die "pgbench is missing: apt-get install postgresql-client (or postgresql-contrib)"
    command -v psql >/dev/null || die "psql is missing: apt-get install postgresql-client"
    for tool in java curl python3; do
        command -v "$tool" >/dev/null || die "$tool is missing"
    done
    psql -d postgres -Atqc 'select 1' >/dev/null 2>&1 \
        || die "PostgreSQL is not reachable at $PGHOST:$PGPORT as $PGUSER (start it, or set PGHOST/PGPORT/PGUSER)"
    mkdir -p "$OUT"
}

build() {
    if [ ! -f "$JAR" ]; then
        log "building the service (./mvnw -B -ntp package -DskipTests -Pappcds)"
        (cd "$ROOT" && ./mvnw -B -ntp package -DskipTests -Pappcds >"$OUT/build.log" 2>&1) \
            || die "the build failed; see $OUT/build.log"
    fi
}

# ---- the service --------------------------------------------------------------------------------

SERVICE_PID=""
PORT=""
BASE=""

stop_service() {
    if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
        kill "$SERVICE_PID" 2>/dev/null || true
        for _ in $(seq 1 100); do
            kill -0 "$SERVICE_PID" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$SERVICE_PID" 2>/dev/null || true
    fi
    SERVICE_PID=""
}
trap stop_service EXIT
trap 'exit 130' INT TERM

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

# Starts the service on a fresh port; sets READY_MS (fork to first 200 of /q/health/ready) and STARTED_IN.
start_service() {
    local db=$1 name=$2
    PORT=$(free_port)
    BASE="http://127.0.0.1:$PORT"
    local jvm_opts=${BENCH_JAVA_OPTS-$DEFAULT_JAVA_OPTS}
    if [ "$JFR" = true ]; then
        jvm_opts="$jvm_opts -XX:StartFlightRecording=filename=$OUT/$name.jfr,settings=profile,dumponexit=true"
    fi
    # The AppCDS archive of -Pappcds names the jar relative to its own folder, so the JVM starts there (which
    # holds no config/application.properties to apply); without an archive it starts as it is.
    local app_dir
    app_dir=$(dirname "$JAR")
    if [ -f "$app_dir/app-cds.jsa" ]; then
        jvm_opts="$jvm_opts -XX:SharedArchiveFile=app-cds.jsa"
    fi
    local start_ns
    start_ns=$(date +%s%N)
    (cd "$app_dir" && exec env \
        QUARKUS_DATASOURCE_REACTIVE_URL="postgresql://$PGHOST:$PGPORT/$db" \
        QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" \
        QUARKUS_DATASOURCE_USERNAME="$PGUSER" QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-bench}" \
        QUARKUS_HTTP_PORT="$PORT" \
        CRM_BOOTSTRAP_CLIENT_ID=bench-admin CRM_BOOTSTRAP_CLIENT_SECRET=bench-admin-secret-0123456789 \
        CRM_RATE_LIMITS_ENABLED=false CRM_AUTH_TOKEN_LIFETIME=PT4H \
        MALLOC_ARENA_MAX=2 java $jvm_opts -jar "$(basename "$JAR")") >"$OUT/$name.log" 2>&1 &
    SERVICE_PID=$!
    local code=000
    for _ in $(seq 1 3000); do
        code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/q/health/ready" || true)
        [ "$code" = 200 ] && break
        kill -0 "$SERVICE_PID" 2>/dev/null || die "the service stopped; see $OUT/$name.log"
        sleep 0.02
    done
    [ "$code" = 200 ] || die "the service was not ready within 60 s; see $OUT/$name.log"
    READY_MS=$(( ($(date +%s%N) - start_ns) / 1000000 ))
    STARTED_IN=$(grep -o 'started in [0-9.]*s' "$OUT/$name.log" | head -1 | sed 's/started in //; s/s$//')
    log "service pid $SERVICE_PID on port $PORT: ready after ${READY_MS} ms (its log: started in ${STARTED_IN:-?})"
}

token() {
    curl -sf -u "$1:$2" -d grant_type=client_credentials "$BASE/oauth/token" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }
peak_rss_mb() { awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$SERVICE_PID/status"; }

# ---- data ---------------------------------------------------------------------------------------

sql() { psql -d "$DB" -v ON_ERROR_STOP=1 -Atq "$@"; }

# Creates the database, lets the service migrate it, makes tenant B, generates the rows; with --reuse,
# starts on the database of an earlier run instead (its tenant B credentials are kept in $OUT).
prepare_data() {
    if [ "$REUSE" = true ] && [ -f "$OUT/$DB.env" ]; then
        # shellcheck disable=SC1090
        . "$OUT/$DB.env"
        FIRST_READY_MS="?" GENERATE_S="?"
        start_service "$DB" "service-$DB"
        TOKEN_A=$(token bench-admin bench-admin-secret-0123456789)
        TOKEN_B=$(token "$CLIENT_B" "$SECRET_B")
        load_ids
        return
    fi
    log "creating database $DB"
    rm -f "$OUT/$DB.env"
    psql -d postgres -v ON_ERROR_STOP=1 -qc "drop database if exists $DB" -c "create database $DB" >/dev/null
    start_service "$DB" "service-$DB"
    TOKEN_A=$(token bench-admin bench-admin-secret-0123456789)
    local tenant_b
    tenant_b=$(curl -sf -H "Authorization: Bearer $TOKEN_A" -H 'Content-Type: application/json' \
        -d '{"name":"Bench B","slug":"bench"}' "$BASE/api/v1/tenants") || die "could not create tenant B"
    CLIENT_B=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["adminClient"]["clientId"])' "$tenant_b")
    SECRET_B=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["adminClient"]["clientSecret"])' "$tenant_b")
    TOKEN_B=$(token "$CLIENT_B" "$SECRET_B")
    printf 'CLIENT_B=%q\nSECRET_B=%q\n' "$CLIENT_B" "$SECRET_B" >"$OUT/$DB.env"
    for t in "$TOKEN_A" "$TOKEN_B"; do
        curl -sf -o /dev/null -H "Authorization: Bearer $t" "$BASE/api/v1/pipelines" || die "pipelines failed"
    done
    log "generating scale $SCALE (seed $SEED)"
    local t0=$SECONDS
    sql -v scale="$SCALE" -v seed="$SEED" -f "$BENCH_DIR/generate.sql" | sed 's/^/  rows: /' >&2
    GENERATE_S=$((SECONDS - t0))
    log "generated in ${GENERATE_S} s"
    # The measured start: a restart on the migrated database, as a new replica or a redeploy starts.
    FIRST_READY_MS=$READY_MS
    stop_service
    start_service "$DB" "service-$DB"
    load_ids
}

load_ids() {
    TENANT_A=$(sql -c "select id from tenant where slug = 'default'")
    TENANT_B=$(sql -c "select id from tenant where slug = 'bench'")
    KEY_ACCOUNT=$(sql -c "select id from account where tenant_id = '$TENANT_A' and name = 'Bench Key Account'")
    export_ids
}

# Id files the wrk scripts read (one value per line), in a fixed pseudo-random order, one folder per
# database so that runs on two databases at once do not mix them.
export_ids() {
    DATA="$OUT/$DB"
    mkdir -p "$DATA"
    sql -c "select id from contact where tenant_id = '$TENANT_A' and created_at < '2025-01-01Z'
            order by md5(id::text) limit 20000" \
        >"$DATA/contact-ids.txt"
    sql -c "select id from account where tenant_id = '$TENANT_A' and name <> 'Bench Key Account'
            order by md5(id::text) limit 2000" >"$DATA/account-ids.txt"
    # PATCH targets: contacts outside the key account (not in the list shapes), with their versions:
    # generated contacts 60,001 to 67,500 (x scale) of tenant A, created 10 s apart from 2024-06-01;
    # pgbench's PATCH script takes the ones after them, so that it never makes these versions stale.
    sql -F ' ' -c "select id, version from contact where tenant_id = '$TENANT_A' and account_id <> '$KEY_ACCOUNT'
            and created_at < timestamptz '2024-06-01 UTC' + $((67500 * SCALE)) * interval '10 seconds'
            order by md5(id::text)" >"$DATA/patch-targets.txt"
    # Generated rows only (all created before 2025; the POST shape adds rows of today), whose numbers the
    # pgbench scripts turn into ids.
    ACCOUNTS_A=$(sql -c "select count(*) from account where tenant_id = '$TENANT_A' and created_at < '2025-01-01Z'")
    ACCOUNTS_B=$(sql -c "select count(*) from account where tenant_id = '$TENANT_B' and created_at < '2025-01-01Z'")
    CONTACTS_A=$(sql -c "select count(*) from contact where tenant_id = '$TENANT_A' and created_at < '2025-01-01Z'")
}

# ---- measuring ----------------------------------------------------------------------------------

median() { sort -g | awk '{v[NR] = $1} END {if (NR == 0) print "nan"; else print v[int((NR + 1) / 2)]}'; }

# wrk_run SCRIPT URL SECONDS [ARGS...]: prints "rps p50_ms p99_ms errors [status=count,...]"
wrk_run() {
    local script=$1 url=$2 seconds=$3
    shift 3
    BENCH_TOKEN=$WRK_TOKEN BENCH_DATA=$DATA BENCH_WRK="$BENCH_DIR/wrk" BENCH_THREADS=$THREADS \
        BENCH_SLOTS=$((REPS + 1)) wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 10s --latency \
        -s "$BENCH_DIR/wrk/$script" "$url" -- "$@" 2>&1 | tee -a "$OUT/wrk.log" \
        | awk '/^BENCH-FAILURES / {$1 = ""; failures = substr($0, 2); gsub(/ /, ",", failures)}
               /^BENCH / {print $2, $3, $4, $5, failures}'
}

# pgbench_run SCRIPT SECONDS: prints tps
pgbench_run() {
    local tps
    tps=$(pgbench_tps "$@" || true)
    [ -n "$tps" ] || die "pgbench failed on $1; see $OUT/pgbench.log"
    echo "$tps"
}

pgbench_tps() {
    pgbench -n -M prepared -c "$CONNECTIONS" -j "$THREADS" -T "$2" -f "$BENCH_DIR/pgbench/$1" \
        -D tenant_a="$TENANT_A" -D tenant_b="$TENANT_B" -D key_account="$KEY_ACCOUNT" -D seed="$SEED" \
        -D scale="$SCALE" -D contacts_a="$CONTACTS_A" -D accounts_a="$ACCOUNTS_A" -D accounts_b="$ACCOUNTS_B" -D deep_last_name="$DEEP_LAST_NAME" \
        -D deep_first_name="$DEEP_FIRST_NAME" -D deep_id="$DEEP_ID" "$DB" 2>&1 | tee -a "$OUT/pgbench.log" \
        | awk '/^tps = / {printf "%.0f\n", $3}'
}

ROWS=()
WARNINGS=()

# measure NAME WRK_SCRIPT URL PGBENCH_SCRIPT [WRK ARGS...]: warm-up, then REPS alternating wrk and pgbench runs.
measure() {
    local name=$1 script=$2 url=$3 pgscript=$4
    shift 4
    log "shape $name: warm-up ${WARMUP} s"
    wrk_run "$script" "$url" "$WARMUP" warmup "$@" >/dev/null
    local rps=() p50=() p99=() tps=() errors=0 failures=""
    local cpu0
    cpu0=$(cpu_ticks)
    for rep in $(seq 1 "$REPS"); do
        local line
        line=$(wrk_run "$script" "$url" "$DURATION" "rep$rep" "$@" || true)
        [ -n "$line" ] || die "wrk printed no result for shape $name; see $OUT/wrk.log"
        read -r r a b e f <<<"$line"
        rps+=("$r"); p50+=("$a"); p99+=("$b"); errors=$((errors + e)); failures="$failures ${f:-}"
        tps+=("$(pgbench_run "$pgscript" "$DURATION")")
        log "shape $name rep $rep: ${r} req/s (p50 ${a} ms, p99 ${b} ms, ${e} errors ${f:-}), pgbench ${tps[-1]} tps"
    done
    local cpu_s rps_m tps_m
    cpu_s=$(awk -v t="$(( $(cpu_ticks) - cpu0 ))" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}')
    rps_m=$(printf '%s\n' "${rps[@]}" | median)
    tps_m=$(printf '%s\n' "${tps[@]}" | median)
    ROWS+=("$(printf '%s|%s|%s|%s|%s|%s|%s|%s' "$name" "$rps_m" "$(printf '%s\n' "${p50[@]}" | median)" \
        "$(printf '%s\n' "${p99[@]}" | median)" "$tps_m" \
        "$(awk -v a="$rps_m" -v b="$tps_m" 'BEGIN {if (b > 0) printf "%.2f", a / b; else print "n/a"}')" \
        "$cpu_s" "$(peak_rss_mb)")")
    if [ "$errors" -gt 0 ]; then
        WARNINGS+=("shape $name: $errors failed requests in the measured runs (by status:${failures:- none}; any other are socket errors or timeouts); see $OUT/wrk.log")
    fi
}

# The cursor of the page 1,000 pages deep (after row 50,000) of the key account's list, found by walking
# it 200 rows at a time; a cursor holds only the last row's sort values, so it fits a 50-row page too.
deep_cursor() {
    local cursor="" url body
    for _ in $(seq 1 250); do
        url="$BASE/api/v1/accounts/$KEY_ACCOUNT/contacts?filter=doNotContact==false&sort=lastName,firstName&limit=200&fields=id"
        [ -n "$cursor" ] && url="$url&cursor=$cursor"
        body=$(curl -sf -H "Authorization: Bearer $TOKEN_A" "$url") || die "walking the key account's contacts failed"
        cursor=$(python3 -c 'import json,sys; print(json.loads(sys.argv[1])["page"]["nextCursor"] or "")' "$body")
        [ -n "$cursor" ] || die "the key account has fewer than 50,000 listed contacts"
    done
    DEEP_CURSOR=$cursor
    # The same position for pgbench: the 50,000th row of the list.
    IFS='|' read -r DEEP_LAST_NAME DEEP_FIRST_NAME DEEP_ID <<<"$(sql -F '|' -c "select last_name, first_name, id
        from contact where tenant_id = '$TENANT_A' and account_id = '$KEY_ACCOUNT' and not do_not_contact
        order by last_name nulls last, first_name nulls last, id offset 49999 limit 1")"
}

run_shapes() {
    local shapes=",$1,"
    # Placeholders until shape 3 finds the deep position (pgbench refuses empty variables).
    DEEP_LAST_NAME=none DEEP_FIRST_NAME=none DEEP_ID=00000000-0000-0000-0000-000000000000
    WRK_TOKEN=$TOKEN_A
    local page="$BASE/api/v1/accounts/$KEY_ACCOUNT/contacts?filter=doNotContact==false&sort=lastName,firstName&limit=50"
    if [[ $shapes == *,1,* ]]; then
        measure "1 GET contact by id" get-by-id.lua "$BASE" get-by-id.sql
    fi
    if [[ $shapes == *,2,* ]]; then
        measure "2 50-row page" get-url.lua "$page" page.sql
    fi
    if [[ $shapes == *,3,* ]]; then
        deep_cursor
        measure "3 page 1,000 deep" get-url.lua "$page&cursor=$DEEP_CURSOR" page-deep.sql
    fi
    if [[ $shapes == *,4,* ]]; then
        WRK_TOKEN=$TOKEN_B
        measure "4 GraphQL nested" graphql.lua "$BASE/graphql" graphql.sql "$ACCOUNTS_B"
        WRK_TOKEN=$TOKEN_A
    fi
    if [[ $shapes == *,5,* ]]; then
        measure "5 POST contact" post-contact.lua "$BASE" post-contact.sql
    fi
    if [[ $shapes == *,6,* ]]; then
        measure "6 PATCH contact" patch-contact.lua "$BASE" patch-contact.sql
    fi
    if [[ $shapes == *,7,* ]]; then
        local report="$BASE/api/v1/reports/pipeline-by-stage"
        local code
        code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN_A" "$report")
        if [ "$code" = 200 ]; then
            measure "7 pipeline by stage" get-url.lua "$report" pipeline-by-stage.sql
        else
            WARNINGS+=("shape 7 skipped: GET /api/v1/reports/pipeline-by-stage answers $code (the report is not merged yet)")
        fi
    fi
}

print_table() {
    printf '\n| shape | req/s (median) | p50 ms | p99 ms | pgbench tps (median) | ratio | service CPU s | peak RSS MB |\n'
    printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
    for row in "${ROWS[@]}"; do
        printf '| %s |\n' "${row//|/ | }"
    done
    printf '\n'
}

print_context() {
    printf 'Run of %s UTC, commit %s, scale %s, %s x %s s per tool and shape (wrk -t%s -c%s, pgbench -c%s -j%s -M prepared)\n' \
        "$(date -u '+%Y-%m-%d %H:%M')" "$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo '?')${BENCH_JAR:+ (service: $BENCH_JAR)}" "$SCALE" \
        "$REPS" "$DURATION" "$THREADS" "$CONNECTIONS" "$CONNECTIONS" "$THREADS"
    printf 'JVM options: %s (MALLOC_ARENA_MAX=2)%s\n' "${BENCH_JAVA_OPTS-$DEFAULT_JAVA_OPTS}" \
        "$([ -f "$(dirname "$JAR")/app-cds.jsa" ] && echo ', with the AppCDS archive' || echo ', no AppCDS archive')"
    printf 'Machine: %s cores, %s MB memory, load average before the run %s\n' "$(nproc)" \
        "$(awk '/MemTotal/ {printf "%d", $2 / 1024}' /proc/meminfo)" "$LOAD_BEFORE"
    printf 'Service ready %s ms after the JVM was started on the migrated database (its log: started in %ss);\n' \
        "$READY_MS" "${STARTED_IN:-?}"
    if [ "$REUSE" = true ]; then
        printf 'database of an earlier run reused (--reuse)\n'
    else
        printf 'first start on the empty database, with migrations, %s ms; data generated in %s s\n' "$FIRST_READY_MS" \
            "$GENERATE_S"
    fi
    for w in "${WARNINGS[@]}"; do
        printf 'Note: %s\n' "$w"
    done
}

# ---- main ---------------------------------------------------------------------------------------

preflight
build
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
: >"$OUT/wrk.log"
: >"$OUT/pgbench.log"

if [ "$GROWTH" = true ]; then
    declare -A GROWTH_RPS GROWTH_RATIO GROWTH_TPS
    for s in 1 10; do
        SCALE=$s
        DB=quintet_bench; [ "$s" = 1 ] || DB="quintet_bench$s"
        prepare_data
        ROWS=()
        run_shapes 1,2
        print_table
        print_context
        for row in "${ROWS[@]}"; do
            IFS='|' read -r name rps _ _ tps ratio _ <<<"$row"
            GROWTH_RPS["$s|$name"]=$rps
            GROWTH_RATIO["$s|$name"]=$ratio
            GROWTH_TPS["$s|$name"]=$tps
        done
        stop_service
    done
    # The two scales run minutes apart, so a change of the machine's load moves req/s; the ratio to pgbench
    # of the same run is the steadier comparison.
    printf '\n| shape | req/s scale 1 | req/s scale 10 | change | pgbench tps 1 → 10 | ratio scale 1 | ratio scale 10 |\n'
    printf '| --- | ---: | ---: | ---: | --- | ---: | ---: |\n'
    for name in "1 GET contact by id" "2 50-row page"; do
        a=${GROWTH_RPS["1|$name"]}; b=${GROWTH_RPS["10|$name"]}
        printf '| %s | %s | %s | %s | %s → %s | %s | %s |\n' "$name" "$a" "$b" \
            "$(awk -v a="$a" -v b="$b" 'BEGIN {printf "%+.0f %%", (b / a - 1) * 100}')" \
            "${GROWTH_TPS["1|$name"]}" "${GROWTH_TPS["10|$name"]}" "${GROWTH_RATIO["1|$name"]}" "${GROWTH_RATIO["10|$name"]}"
    done
    exit 0
fi

DB=quintet_bench; [ "$SCALE" = 1 ] || DB="quintet_bench$SCALE"
prepare_data
if [ "$SERVE" = true ]; then
    log "serving on $BASE (database $DB); tenant A token: $TOKEN_A"
    log "tenant B token: $TOKEN_B"
    log "key account: $KEY_ACCOUNT; Ctrl-C stops the service"
    wait "$SERVICE_PID"
    exit 0
fi
run_shapes "$SHAPES"
print_table
print_context
