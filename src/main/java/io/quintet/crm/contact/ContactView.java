package io.quintet.crm.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.model.Address;

/** A contact as clients read it. */
@Type("Contact")
@Description("A person the tenant deals with")
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
