package io.quintet.crm.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.model.Address;

/** A contact as clients read it. */
public record ContactView(
        UUID id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String mobile,
        String title,
        String department,
        UUID accountId,
        LifecycleStage lifecycleStage,
        String leadSource,
        Address mailingAddress,
        boolean doNotContact,
        UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        long version) implements Versioned {
}
