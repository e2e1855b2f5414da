package io.quintet.crm.platform.security;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quintet.crm.platform.config.CrmConfig;
import io.smallrye.mutiny.Uni;

/** Startup work of the security package: load the signing keys, provision the bootstrap client. */
@ApplicationScoped
public class SecurityBootstrap {

    private final SigningKeys keys;
    private final ApiClientService clients;
    private final CrmConfig config;

    SecurityBootstrap(SigningKeys keys, ApiClientService clients, CrmConfig config) {
        this.keys = keys;
        this.clients = clients;
        this.config = config;
    }

    public Uni<Void> initialise(Mutiny.Session session, UUID defaultTenantId) {
        return keys.load(session)
                .chain(() -> clients.upsertBootstrap(session, defaultTenantId, config.bootstrap().clientId(),
                        config.bootstrap().clientSecret()))
                .replaceWithVoid();
    }
}
