package io.quintet.crm.platform.tenancy;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.hibernate.reactive.mutiny.Mutiny;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.quintet.crm.platform.config.CrmConfig;
import io.quintet.crm.platform.security.SecurityBootstrap;

/**
 * First-start set-up, safe to run on every start of every replica: the default tenant, its
 * bootstrap admin client (the platform administrator) and the token signing keys.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class);

    private final Mutiny.SessionFactory sessions;
    private final CrmConfig config;
    private final SecurityBootstrap security;

    Bootstrap(Mutiny.SessionFactory sessions, CrmConfig config, SecurityBootstrap security) {
        this.sessions = sessions;
        this.config = config;
        this.security = security;
    }

    void onStart(@Observes StartupEvent event) throws Throwable {
        CrmConfig.Bootstrap settings = config.bootstrap();
        UUID tenantId = VertxContextSupport.subscribeAndAwait(() -> sessions.withTransaction(session -> session
                .createNativeQuery("insert into tenant (id, name, slug, created_at) values (:id, :name, :slug, :now) "
                        + "on conflict (slug) do nothing")
                .setParameter("id", UUID.randomUUID())
                .setParameter("name", settings.tenantName())
                .setParameter("slug", settings.tenantSlug())
                .setParameter("now", Instant.now())
                .executeUpdate()
                .chain(() -> session.createSelectionQuery("select id from Tenant where slug = :slug", UUID.class)
                        .setParameter("slug", settings.tenantSlug())
                        .getSingleResult())
                .call(id -> security.initialise(session, id))));
        LOG.infof("Default tenant '%s' is %s; bootstrap client '%s' is ready", settings.tenantSlug(), tenantId,
                settings.clientId());
    }
}
