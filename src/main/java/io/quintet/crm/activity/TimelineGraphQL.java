package io.quintet.crm.activity;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

import io.quintet.crm.account.AccountView;
import io.quintet.crm.contact.ContactView;
import io.quintet.crm.opportunity.OpportunityView;
import io.quintet.crm.platform.crud.ListQuery;
import io.quintet.crm.platform.graphql.GraphQLSupport;
import io.quintet.crm.platform.timeline.Timeline;
import io.quintet.crm.platform.timeline.TimelineConnection;
import io.quintet.crm.platform.timeline.TimelineKind;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The {@code timeline} field of accounts, contacts and opportunities. Each record's timeline is its own page (its
 * own cursor), so a batch reads them one record after another rather than in one statement.
 */
@GraphQLApi
public class TimelineGraphQL {

    private static final String DESCRIPTION = "Activities and audited changes, newest first; kinds narrows them";

    private final Timeline timeline;
    private final GraphQLSupport graphql;

    TimelineGraphQL(Timeline timeline, GraphQLSupport graphql) {
        this.timeline = timeline;
        this.graphql = graphql;
    }

    @Name("timeline")
    @Description(DESCRIPTION + "; an account's also shows its contacts' and opportunities'")
    public Uni<List<TimelineConnection>> accountTimeline(@Source List<AccountView> accounts, Integer first,
            String after, List<TimelineKind> kinds) {
        return timelines("account", accounts.stream().map(AccountView::id).toList(), first, after, kinds);
    }

    @Name("timeline")
    @Description(DESCRIPTION)
    public Uni<List<TimelineConnection>> contactTimeline(@Source List<ContactView> contacts, Integer first,
            String after, List<TimelineKind> kinds) {
        return timelines("contact", contacts.stream().map(ContactView::id).toList(), first, after, kinds);
    }

    @Name("timeline")
    @Description(DESCRIPTION)
    public Uni<List<TimelineConnection>> opportunityTimeline(@Source List<OpportunityView> opportunities,
            Integer first, String after, List<TimelineKind> kinds) {
        return timelines("opportunity", opportunities.stream().map(OpportunityView::id).toList(), first, after, kinds);
    }

    private Uni<List<TimelineConnection>> timelines(String objectType, List<UUID> ids, Integer first, String after,
            List<TimelineKind> kinds) {
        ListQuery page = graphql.listQuery(first, after, null, null);
        Set<TimelineKind> wanted = kinds == null || kinds.isEmpty() ? EnumSet.noneOf(TimelineKind.class)
                : EnumSet.copyOf(kinds);
        return Multi.createFrom().iterable(ids)
                .onItem().transformToUniAndConcatenate(id -> timeline.page(objectType, id, wanted, page.limit(),
                        page.cursor()))
                .map(found -> new TimelineConnection(found.items().stream().map(TimelineConnection.Edge::new).toList(),
                        GraphQLSupport.pageInfo(found)))
                .collect().asList();
    }
}
