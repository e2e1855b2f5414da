package io.quintet.crm.lead;

import java.util.UUID;

import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

/** What a conversion came to: the converted lead and what it became, created or linked. */
@Type("LeadConversion")
public record LeadConversion(
        @NonNull LeadView lead,
        @Id @NonNull UUID accountId,
        boolean accountCreated,
        @Id @NonNull UUID contactId,
        boolean contactCreated,
        @Id UUID opportunityId) {
}
