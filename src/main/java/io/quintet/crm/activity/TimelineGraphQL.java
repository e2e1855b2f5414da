package io.quintet.crm.activity;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import io.quintet.crm.account.AccountView;
import io.quintet.crm.contact.ContactView;
import io.quintet.crm.opportunity.OpportunityView;
import io.quintet.crm.platform.timeline.TimelineConnection;
import io.quintet.crm.platform.timeline.TimelineConnections;
import io.quintet.crm.platform.timeline.TimelineKind;
import io.smallrye.mutiny.Uni;

/** The {@code timeline} field of accounts, contacts and opportunities. */
@GraphQLApi
public class TimelineGraphQL {

    private final TimelineConnections timelines;

    TimelineGraphQL(TimelineConnections timelines) {
        this.timelines = timelines;
    }

    @Name("timeline")
    @Description(TimelineConnections.DESCRIPTION + "; an account's also shows its contacts' and opportunities'")
    public Uni<List<TimelineConnection>> accountTimeline(@Source List<AccountView> accounts, Integer first,
            String after, List<TimelineKind> kinds) {
        return timelines.of("account", accounts.stream().map(AccountView::id).toList(), first, after, kinds);
    }

    @Name("timeline")
    @Description(TimelineConnections.DESCRIPTION)
    public Uni<List<TimelineConnection>> contactTimeline(@Source List<ContactView> contacts, Integer first,
            String after, List<TimelineKind> kinds) {
        return timelines.of("contact", contacts.stream().map(ContactView::id).toList(), first, after, kinds);
    }

    @Name("timeline")
    @Description(TimelineConnections.DESCRIPTION)
    public Uni<List<TimelineConnection>> opportunityTimeline(@Source List<OpportunityView> opportunities,
            Integer first, String after, List<TimelineKind> kinds) {
        return timelines.of("opportunity", opportunities.stream().map(OpportunityView::id).toList(), first, after,
                kinds);
    }
}
