package io.quintet.crm.platform.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quintet.crm.platform.crud.Versioned;

/** A CRM user as administrators read it. */
public record UserView(UUID id, String email, String displayName, List<String> roles, boolean active, String issuer,
        String subject, Instant lastSeenAt, Instant createdAt, Instant updatedAt, long version) implements Versioned {
}
