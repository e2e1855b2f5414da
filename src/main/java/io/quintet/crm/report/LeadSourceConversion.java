package io.quintet.crm.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.quintet.crm.lead.LeadSource;
import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** Leads of one source created in the period, and how many of them are converted. */
@Type("LeadSourceConversion")
@Description("Leads of one source created in [from, to) and how many of them are converted by now")
public record LeadSourceConversion(
        @Description("null for leads without a source") LeadSource source,
        @NonNull @ToScalar(Scalar.Int.class) long leads,
        @NonNull @ToScalar(Scalar.Int.class) long converted,
        @Description("converted / leads, 0 to 1, rounded to 4 decimals") Double conversionRate) {
}
