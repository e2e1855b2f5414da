package io.quintet.crm.report;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.smallrye.graphql.api.Scalar;
import io.smallrye.graphql.api.ToScalar;

/** Lead conversion: leads created in [from, to), in total and per source. */
@Type("LeadConversionReport")
@Description("Leads created in [from, to) and how many are converted: in total and per source that has leads")
public record LeadConversionReport(
        @NonNull LocalDate from,
        @NonNull LocalDate to,
        @NonNull @ToScalar(Scalar.Int.class) long leads,
        @NonNull @ToScalar(Scalar.Int.class) long converted,
        @Description("converted / leads, 0 to 1, rounded to 4 decimals; null when there are no leads")
                Double conversionRate,
        @NonNull List<@NonNull LeadSourceConversion> sources) {
}
