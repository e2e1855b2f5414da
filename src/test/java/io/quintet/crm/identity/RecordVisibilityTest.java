package io.quintet.crm.identity;

import static io.quintet.crm.testsupport.keycloak.SsoTenant.adminClient;
import static io.quintet.crm.testsupport.keycloak.SsoTenant.user;
import static io.quintet.crm.testsupport.keycloak.SsoTenant.userId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quintet.crm.testsupport.keycloak.SsoTenant;

/**
 * Org-wide defaults decide who sees and changes owned records: under {@code private} a sales rep's
 * contacts are invisible to a peer rep (404, never 403) but visible to their manager and to admins;
 * under {@code read} the peer reads but may not change them. (Contacts only: other SSO tests use
 * accounts in the same tenant.)
 */
@QuarkusTest
class RecordVisibilityTest {

    private static String team;

    @BeforeEach
    void mallorysTeamHasBobAndErin() {
        SsoTenant.get();
        if (team != null) {
            return;
        }
        team = user("alice").body(Map.of("name", "Mallory's reps " + UUID.randomUUID(),
                "managerId", userId("mallory"), "memberIds", List.of(userId("bob"), userId("erin"))))
                .post("/api/v1/teams").then().statusCode(201).extract().path("id");
    }

    @Test
    void privateRecordsAreInvisibleToPeersButNotToManagersAndAdmins() {
        contactsAre("private");
        String contact = bobsContact();

        user("erin").get("/api/v1/contacts/" + contact).then().statusCode(404);
        user("erin").get("/api/v1/contacts?filter=lastName==Visibility*").then().statusCode(200)
                .body("data.id", not(hasItem(contact)));
        user("mallory").get("/api/v1/contacts/" + contact).then().statusCode(200);
        user("mallory").get("/api/v1/contacts?filter=lastName==Visibility*").then().statusCode(200)
                .body("data.id", hasItem(contact));
        user("alice").get("/api/v1/contacts/" + contact).then().statusCode(200);
    }

    @Test
    void aPeerCannotChangeOrTransferAPrivateRecordItCannotSee() {
        contactsAre("private");
        String contact = bobsContact();

        user("erin").contentType("application/merge-patch+json").body(Map.of("title", "Hijacked"))
                .patch("/api/v1/contacts/" + contact).then().statusCode(404);
        user("erin").body(Map.of("ownerId", userId("erin"))).post("/api/v1/contacts/" + contact + "/transfer")
                .then().statusCode(404);
        user("bob").get("/api/v1/contacts/" + contact).then().statusCode(200).body("title", equalTo(null));
    }

    @Test
    void privateRecordsStayHiddenInGraphQL() {
        contactsAre("private");
        String contact = bobsContact();

        user("erin").body(Map.of("query", "query($id: ID!) { contact(id: $id) { id } }", "variables",
                Map.of("id", contact))).post("/graphql").then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("NOT_FOUND"));
    }

    @Test
    void underReadEveryoneReadsButOnlyTheOwnersSideWrites() {
        contactsAre("read");
        String contact = bobsContact();

        user("erin").get("/api/v1/contacts/" + contact).then().statusCode(200);
        user("erin").contentType("application/merge-patch+json").body(Map.of("title", "Peer edit"))
                .patch("/api/v1/contacts/" + contact).then().statusCode(403);
        user("mallory").contentType("application/merge-patch+json").body(Map.of("title", "Manager edit"))
                .patch("/api/v1/contacts/" + contact).then().statusCode(200).body("title", equalTo("Manager edit"));
    }

    @Test
    void aReferenceCannotProbeForAPrivateAccount() {
        accountsAre("private");
        try {
            String bobsAccount = user("bob").body(Map.of("name", "Bob's private " + UUID.randomUUID()))
                    .post("/api/v1/accounts").then().statusCode(201).extract().path("id");

            user("erin").body(Map.of("lastName", "Prober", "accountId", bobsAccount)).post("/api/v1/contacts")
                    .then().statusCode(400).body("errors[0].field", equalTo("accountId"));
            user("erin").body(Map.of("name", "Child", "parentAccountId", bobsAccount)).post("/api/v1/accounts")
                    .then().statusCode(400).body("errors[0].field", equalTo("parentAccountId"));
            user("mallory").body(Map.of("lastName", "Managed", "accountId", bobsAccount)).post("/api/v1/contacts")
                    .then().statusCode(201);
        } finally {
            accountsAre("read_write");
        }
    }

    @Test
    void onlyAdministratorsSetTheDefaults() {
        user("mallory").body(Map.of("contact", "read_write")).put("/api/v1/sharing").then().statusCode(403);
        adminClient().body(Map.of("contact", "everyone")).put("/api/v1/sharing").then().statusCode(400)
                .body("errors[0].field", equalTo("contact"));
        adminClient().body(Map.of("webhook", "private")).put("/api/v1/sharing").then().statusCode(400);
    }

    @Test
    void onlyAdministratorsManageTeams() {
        user("mallory").body(Map.of("name", "Self-made")).post("/api/v1/teams").then().statusCode(403);
        user("alice").body(Map.of("name", "Ghosts", "memberIds", List.of(UUID.randomUUID().toString())))
                .post("/api/v1/teams").then().statusCode(400).body("errors[0].field", equalTo("memberIds"));
    }

    /** Other SSO tests use accounts in this tenant under the default, so callers restore it. */
    private static void accountsAre(String access) {
        adminClient().body(Map.of("account", access)).put("/api/v1/sharing").then().statusCode(200)
                .body("account", equalTo(access));
    }

    private static void contactsAre(String access) {
        adminClient().body(Map.of("contact", access)).put("/api/v1/sharing").then().statusCode(200)
                .body("contact", equalTo(access));
    }

    private static String bobsContact() {
        return user("bob").body(Map.of("lastName", "Visibility " + UUID.randomUUID(),
                "email", UUID.randomUUID() + "@example.com"))
                .post("/api/v1/contacts").then().statusCode(201)
                .body("ownerId", equalTo(userId("bob")))
                .extract().path("id");
    }
}
