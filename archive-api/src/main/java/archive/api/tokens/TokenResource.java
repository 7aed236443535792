package archive.api.tokens;

import archive.api.problem.RequestProblemException;
import archive.core.account.Roles;
import archive.core.account.TokenService;
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

/** Personal API tokens: anyone signed in manages their own; administrators anyone's. */
@Path("/api/v1/tokens")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    /** {@code account} defaults to the caller; naming another account needs the admin role. */
    public record NewToken(String name, Instant expiresAt, String account) {
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
    public Response create(NewToken request, UriInfo uri) {
        if (request == null) {
            throw RequestProblemException.badRequest("missing-body", "Send {\"name\": …, \"expiresAt\": optional "
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
    public List<TokenJson> list(@QueryParam("account") String account) {
        Instant now = clock.instant();
        return tokens.list(permittedAccount(account)).stream().map(token -> TokenJson.of(token, now)).toList();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id) {
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
        throw new RequestProblemException(404, "token-not-found", "Token ids are whole numbers; '" + raw
                + "' is not one. GET /api/v1/tokens lists yours.");
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
