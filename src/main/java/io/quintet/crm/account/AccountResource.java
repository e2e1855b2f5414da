package io.quintet.crm.account;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import com.fasterxml.jackson.databind.JsonNode;

import io.quintet.crm.contact.ContactService;
import io.quintet.crm.platform.query.HqlFragment;
import io.quintet.crm.platform.rest.Idempotency;
import io.quintet.crm.platform.rest.ListParams;
import io.quintet.crm.platform.rest.RecordEndpoints;
import io.quintet.crm.platform.rest.RecordEndpoints.BatchRequest;
import io.quintet.crm.platform.rest.RecordEndpoints.TransferRequest;
import io.quintet.crm.platform.timeline.TimelineEndpoints;
import io.quintet.crm.platform.timeline.TimelineParams;
import io.smallrye.mutiny.Uni;

/** REST API of accounts: {@code /api/v1/accounts}. */
@Path("/api/v1/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Accounts")
public class AccountResource {

    private final AccountService accounts;
    private final ContactService contacts;
    private final RecordEndpoints endpoints;
    private final TimelineEndpoints timeline;

    AccountResource(AccountService accounts, ContactService contacts, RecordEndpoints endpoints,
            TimelineEndpoints timeline) {
        this.accounts = accounts;
        this.contacts = contacts;
        this.endpoints = endpoints;
        this.timeline = timeline;
    }

    @GET
    @Operation(summary = "List accounts", description = "Keyset-paginated; filter in RSQL, sort, sparse fields")
    public Uni<Response> list(@BeanParam ListParams params, @Context UriInfo uri) {
        return endpoints.list(accounts, params, uri, null);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Get an account")
    public Uni<Response> get(@RestPath UUID id, @RestQuery String fields) {
        return endpoints.get(accounts, id, fields);
    }

    @POST
    @Operation(summary = "Create an account")
    public Uni<Response> create(AccountInput input, @HeaderParam(Idempotency.HEADER) String idempotencyKey,
            @Context UriInfo uri) {
        return endpoints.create(accounts, input, idempotencyKey, uri);
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Replace an account")
    public Uni<Response> replace(@RestPath UUID id, AccountInput input, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.replace(accounts, id, input, ifMatch);
    }

    @PATCH
    @Path("{id}")
    @Consumes({ "application/merge-patch+json", MediaType.APPLICATION_JSON })
    @Operation(summary = "Update an account with a JSON Merge Patch")
    public Uni<Response> patch(@RestPath UUID id, JsonNode patch, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.patch(accounts, id, patch, ifMatch);
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Delete an account", description = "Refused (409) while it has contacts or child "
            + "accounts, unless cascade=detach unlinks them")
    public Uni<Response> delete(@RestPath UUID id, @RestQuery String cascade, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.delete(accounts, id, ifMatch, RecordEndpoints.deleteOptions(cascade));
    }

    @POST
    @Path("{id}/transfer")
    @Operation(summary = "Hand the account to another user", description = "Audited; emits account.transferred")
    public Uni<Response> transfer(@RestPath UUID id, TransferRequest request, @HeaderParam("If-Match") String ifMatch) {
        return endpoints.transfer(accounts, id, request, ifMatch);
    }

    @POST
    @Path("batch")
    @Operation(summary = "Create and update up to 100 accounts in one transaction")
    public Uni<Response> batch(BatchRequest request, @HeaderParam(Idempotency.HEADER) String idempotencyKey) {
        return endpoints.batch(accounts, request, idempotencyKey);
    }

    @GET
    @Path("{id}/contacts")
    @Operation(summary = "List an account's contacts")
    public Uni<Response> contacts(@RestPath UUID id, @BeanParam ListParams params, @Context UriInfo uri) {
        return accounts.get(id).chain(account -> endpoints.list(contacts, params, uri,
                new HqlFragment("e.accountId = :scopeAccount", Map.of("scopeAccount", id), Set.of())));
    }

    @GET
    @Path("{id}/timeline")
    @Operation(summary = "The account's timeline", description = "Activities and audited changes (created, field "
            + "changes, stage changes, conversions) of the account and of its contacts, newest first, keyset-paginated; "
            + "kind=activity,field_change narrows it")
    public Uni<Response> timeline(@RestPath UUID id, @BeanParam TimelineParams params, @Context UriInfo uri) {
        return timeline.get("account", id, params, uri);
    }
}
