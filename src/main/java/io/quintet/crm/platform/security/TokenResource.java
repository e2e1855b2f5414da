package io.quintet.crm.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import io.quintet.crm.platform.error.ProblemDocument;
import io.smallrye.mutiny.Uni;

/**
 * OAuth 2.0 client credentials grant (RFC 6749 §4.4): an integration trades its client id and
 * secret, sent as form fields or HTTP Basic, for a short-lived access token.
 */
@Path("/oauth/token")
@Tag(name = "Authentication")
public class TokenResource {

    private final ApiClientService clients;
    private final TokenIssuer issuer;

    TokenResource(ApiClientService clients, TokenIssuer issuer) {
        this.clients = clients;
        this.issuer = issuer;
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Exchange client credentials for an access token")
    public Uni<Response> token(@RestForm("grant_type") String grantType, @RestForm("client_id") String clientId,
            @RestForm("client_secret") String clientSecret, @RestForm("scope") String scope,
            @HeaderParam("Authorization") String authorization) {
        if (!"client_credentials".equals(grantType)) {
            return Uni.createFrom().item(error(400, "unsupported_grant_type",
                    "grant_type must be client_credentials"));
        }
        String[] basic = basicCredentials(authorization);
        String id = basic != null ? basic[0] : clientId;
        String secret = basic != null ? basic[1] : clientSecret;
        if (id == null || secret == null || id.isBlank() || secret.isBlank()) {
            return Uni.createFrom().item(error(401, "invalid_client",
                    "Send client_id and client_secret as form fields or HTTP Basic credentials"));
        }
        return clients.authenticate(id, secret).map(client -> {
            if (client == null) {
                return error(401, "invalid_client", "Unknown client or wrong secret");
            }
            Set<String> granted = ApiClientService.grant(client, scope);
            if (granted == null) {
                return error(400, "invalid_scope", "The client may request only: " + String.join(" ", client.scopeSet()));
            }
            return Response.ok(issuer.issue(client, granted)).header("Cache-Control", "no-store").build();
        });
    }

    private static String[] basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : new String[] { decoded.substring(0, colon), decoded.substring(colon + 1) };
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static Response error(int status, String code, String description) {
        Response.ResponseBuilder response = Response.status(status).type(ProblemDocument.MEDIA_TYPE)
                .header("Cache-Control", "no-store")
                .entity(new OAuthProblem("https://quintet-crm.dev/problems/oauth-" + code.replace('_', '-'),
                        status == 401 ? "Client authentication failed" : "Invalid token request",
                        status, description, code, description));
        if (status == 401) {
            response.header("WWW-Authenticate", "Basic realm=\"quintet-crm\"");
        }
        return response.build();
    }

    /** A problem+json body that also carries the RFC 6749 §5.2 {@code error} fields OAuth clients read. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OAuthProblem(String type, String title, int status, String detail, String error,
            @JsonProperty("error_description") String errorDescription) {
    }
}
