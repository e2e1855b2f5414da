package io.quintet.crm.activity;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.GraphQL;
import io.quintet.crm.testsupport.Records;
import io.quintet.crm.testsupport.Unique;

/** Activities and timelines over GraphQL. */
@QuarkusTest
class ActivityGraphQLTest {

    private static final String YESTERDAY = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

    private static final String CREATE_TASK = """
            mutation($subject: String!, $due: Date, $account: ID!) {
              createActivity(input: {kind: TASK, subject: $subject, dueDate: $due,
                                     links: [{object: "account", id: $account}]}) { id kind status priority }
            }""";

    @Test
    void createsATaskAndFindsItAmongOverdueTasks() {
        String account = Records.createAccount(Unique.name("GraphQL task"));
        String subject = Unique.name("Overdue in GraphQL");
        String task = GraphQL.asAdmin(CREATE_TASK, Map.of("subject", subject, "due", YESTERDAY, "account", account))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.createActivity.status", equalTo("OPEN"))
                .extract().path("data.createActivity.id");

        GraphQL.asAdmin("""
                query($subject: String!) {
                  activities(filter: {overdue: {eq: true}, subject: {eq: $subject}}) { edges { node { id } } }
                }""", Map.of("subject", subject))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.activities.edges.node.id", contains(task));
    }

    @Test
    void reportsAMissingNoteBodyAsAValidationError() {
        String account = Records.createAccount(Unique.name("GraphQL note"));

        GraphQL.asAdmin("""
                mutation($account: ID!) {
                  createActivity(input: {kind: NOTE, links: [{object: "account", id: $account}]}) { id }
                }""", Map.of("account", account))
                .statusCode(200)
                .body("data.createActivity", nullValue())
                .body("errors[0].extensions.code", equalTo("VALIDATION"));
    }

    @Test
    void readsAnAccountsContactsAndTimelineInOneQuery() {
        String account = Records.createAccount(Unique.name("GraphQL timeline"));
        String contact = Records.createContact(Unique.name("GraphQL contact"), account);
        String note = Activities.create(Activities.note("Noted in GraphQL", Activities.onAccount(account)));

        GraphQL.asAdmin("""
                query($id: ID!) {
                  account(id: $id) {
                    contacts { id }
                    timeline(first: 10, kinds: [ACTIVITY]) {
                      edges { node { kind objectId activity { body } } }
                      pageInfo { hasNextPage endCursor }
                    }
                  }
                }""", Map.of("id", account))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.account.contacts.id", contains(contact))
                .body("data.account.timeline.edges.node.objectId", contains(note))
                .body("data.account.timeline.edges[0].node.activity.body", equalTo("Noted in GraphQL"))
                .body("data.account.timeline.pageInfo.hasNextPage", equalTo(false));
    }

    @Test
    void readsTheTimelinesOfSeveralContactsInOneQuery() {
        String account = Records.createAccount(Unique.name("GraphQL contacts"));
        String first = Records.createContact(Unique.name("First"), account);
        String second = Records.createContact(Unique.name("Second"), account);

        GraphQL.asAdmin("""
                query($id: ID!) {
                  account(id: $id) {
                    contacts { id timeline(kinds: [CREATED]) { edges { node { objectId changes { field } } } } }
                  }
                }""", Map.of("id", account))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.account.contacts.find { it.id == '" + first + "' }.timeline.edges.node.objectId",
                        contains(first))
                .body("data.account.contacts.find { it.id == '" + second + "' }.timeline.edges.node.objectId",
                        contains(second));
    }
}
