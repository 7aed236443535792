package archive.api.tokens;

import archive.api.openapi.OpenApiNames;
import archive.api.problem.RequestProblemException;
import archive.core.account.Roles;
import archive.core.account.TokenService;
import archive.core.problem.ProblemType;
import io.quarkus.security.Authenticated;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Personal API tokens: anyone signed in manages their own; administrators anyone's. */
@Path("/api/v1/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.TOKENS)
public class TokenResource {

    /** {@code account} defaults to the caller; naming another account needs the admin role. */
    @Schema(requiredProperties = "name")
    public record NewToken(
            @Schema(maxLength = 100, description = "What the token is for.", examples = "nightly export")
            String name,
            @Schema(description = "When the token stops working, within ten years; never when absent.")
            Instant expiresAt,
            @Schema(description = "The account the token acts for; another than yours needs the admin role.")
            String account) {
    }

    private final TokenService tokens;
    private final SecurityIdentity identity;
    private final Clock clock;

    public TokenResource(TokenService tokens, SecurityIdentity identity, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.identity = identity;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an API token; its secret is in this answer only", description = "The token acts "
            + "with its owner's current roles until it expires, is revoked, or its owner is disabled. Only the "
            + "SHA-256 of the secret is stored.")
    @APIResponse(responseCode = "201", description = "Created; `token` holds the secret (shown once, "
            + "`Cache-Control: no-store`); `Location` names the token.",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = TokenJson.class)))
    @APIResponse(responseCode = "400", description = "The name is empty or too long, the expiry is not in the next "
            + "ten years, or the body is not the JSON object shown.")
    @APIResponse(responseCode = "404", description = "The account named in `account` does not exist or is "
            + "disabled.")
    public Response create(@RequestBody(required = true, content = @Content(example = """
            {"name": "nightly export", "expiresAt": "2030-01-01T00:00:00Z"}""")) NewToken request, UriInfo uri) {
        if (request == null) {
            throw new RequestProblemException(ProblemType.MISSING_BODY, "Send {\"name\": …, \"expiresAt\": optional "
                    + "ISO-8601 instant}.");
        }
        String owner = permittedAccount(request.account());
        var issued = tokens.create(owner, request.name(), Optional.ofNullable(request.expiresAt()), me());
        return Response.created(uri.getBaseUriBuilder().path("api/v1/tokens/{id}").build(issued.token().id))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(TokenJson.of(issued.token(), clock.instant(), issued.secret()))
                .build();
    }

    @GET
    @Operation(summary = "Your API tokens (never their secrets); admins may name another account")
    @APIResponse(responseCode = "200", description = "Tokens, oldest first.")
    public List<TokenJson> list(@QueryParam("account") @Parameter(description = "Whose tokens: yours when absent; "
            + "another account's needs the admin role.") String account) {
        Instant now = clock.instant();
        return tokens.list(permittedAccount(account)).stream().map(token -> TokenJson.of(token, now)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke a token (its owner or an admin)")
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was).")
    @APIResponse(responseCode = "404", description = "You have no token with this id (admins: nobody has).")
    public Response revoke(@PathParam("id") @Parameter(description = "The token's id, from its creation or the "
            + "list.", schema = @Schema(type = SchemaType.INTEGER)) String id) {
        tokens.revoke(tokenId(id), me(), identity.hasRole(Roles.ADMIN));
        return Response.noContent().build();
    }

    private String permittedAccount(String requested) {
        if (requested == null || requested.equals(me())) {
            return me();
        }
        if (!identity.hasRole(Roles.ADMIN)) {
            throw new ForbiddenException();
        }
        return requested;
    }

    private static long tokenId(String raw) {
        if (raw.matches("\\d{1,18}")) {
            return Long.parseLong(raw);
        }
        throw new RequestProblemException(ProblemType.TOKEN_NOT_FOUND, "Token ids are whole numbers; '" + raw
                + "' is not one. GET /api/v1/tokens lists yours.");
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
