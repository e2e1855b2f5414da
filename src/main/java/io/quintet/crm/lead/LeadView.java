package io.quintet.crm.lead;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.platform.crud.Versioned;
import io.quintet.crm.platform.model.Address;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** A lead as clients read it; {@code score} and the {@code converted…} fields are read-only. */
@Type("Lead")
@Description("A prospective customer, scored and assigned by the tenant's rules until it is converted")
public record LeadView(
        @Id @NonNull UUID id,
        String firstName,
        String lastName,
        String company,
        String title,
        String email,
        String phone,
        LeadSource source,
        @NonNull LeadStatus status,
        LeadRating rating,
        int score,
        String industry,
        Integer companySize,
        Address address,
        @Id UUID campaignId,
        String description,
        String disqualificationReason,
        @Id UUID convertedAccountId,
        @Id UUID convertedContactId,
        @Id UUID convertedOpportunityId,
        Instant convertedAt,
        @Id UUID ownerId,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        @NonNull @ToScalar(Scalar.Int.class) long version) implements Versioned {
}
