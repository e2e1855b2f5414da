package io.quintet.crm.platform.sharing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quintet.crm.platform.crud.Versioned;

/** A team as administrators read it. */
public record TeamView(UUID id, String name, UUID managerId, List<UUID> memberIds, Instant createdAt,
        Instant updatedAt, long version) implements Versioned {
}
