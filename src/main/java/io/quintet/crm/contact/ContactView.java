package io.quintet.crm.contact;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;
import io.quintet.crm.platform.model.Address;

/** A contact as clients read it. */
@Type("Contact")
@Description("A person the tenant deals with")
public record ContactView(
        @Id @NonNull UUID id,
        String firstName,
        String lastName,
        String email,
        String phone,
        String mobile,
        String title,
        String department,
        @Id UUID accountId,
        LifecycleStage lifecycleStage,
        String leadSource,
        Address mailingAddress,
        boolean doNotContact,
        @Id UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
