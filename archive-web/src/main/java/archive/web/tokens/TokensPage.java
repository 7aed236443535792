package archive.web.tokens;

import archive.core.ArchiveException;
import archive.core.account.IssuedToken;
import archive.core.account.TokenService;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/** Anyone signed in: their own API tokens, a new one (its secret shown this once), and revoking one. */
@Path("/account/tokens")
@Produces(MediaType.TEXT_HTML)
@Authenticated
public class TokensPage {

    static final String PATH = "/account/tokens";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tokens(TokensView view);
    }

    private final TokenService tokens;
    private final SecurityIdentity identity;

    private final Clock clock;

    public TokensPage(TokenService tokens, SecurityIdentity identity, Clock clock) {
        this.clock = clock;
        this.tokens = tokens;
        this.identity = identity;
    }

    /** @param revoked the token just revoked, to confirm it */
    @GET
    public TemplateInstance list(@RestQuery("revoked") Long revoked) {
        var rows = TokenRow.of(tokens.list(me()), clock.instant());
        return Templates.tokens(TokensView.of(rows, TokenRow.revokedNotice(rows, revoked).orElse(null)));
    }

    /**
     * Answers with the page itself rather than a redirect: the secret must reach this one answer and no address,
     * history entry or log. No cache may keep it.
     *
     * @param expires optional date (yyyy-mm-dd); the token stops working at its start, UTC
     */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm("name") String name, @RestForm("expires") String expires) {
        String chosenName = name == null ? "" : name;
        String chosenExpiry = expires == null ? "" : expires.strip();
        Optional<Instant> expiresAt = chosenExpiry.isEmpty() ? Optional.empty() : startOfDay(chosenExpiry);
        if (!chosenExpiry.isEmpty() && expiresAt.isEmpty()) {
            return refused(400, "'" + chosenExpiry + "' is not a date; give one like 2027-06-01, or none for a "
                    + "token that does not expire.", chosenName, chosenExpiry);
        }
        try {
            IssuedToken issued = tokens.create(me(), chosenName, expiresAt, me());
            TokensView view = new TokensView(TokenRow.of(tokens.list(me()), clock.instant()), null, null, "", "",
                    new TokensView.IssuedSecret(issued.token().name, issued.secret()));
            return Response.status(Response.Status.CREATED).header(HttpHeaders.CACHE_CONTROL, "no-store")
                    .entity(Templates.tokens(view)).build();
        } catch (ArchiveException e) {
            return refused(e.type().status(), e.getMessage(), chosenName, chosenExpiry);
        }
    }

    @POST
    @Path("{id}/revoke")
    public Response revoke(@RestPath("id") long id) {
        tokens.revoke(id, me(), false);
        return Response.seeOther(UriBuilder.fromPath(PATH).queryParam("revoked", id).build()).build();
    }

    private Response refused(int status, String problem, String name, String expires) {
        TokensView view = new TokensView(TokenRow.of(tokens.list(me()), clock.instant()), null, problem, name, expires, null);
        return Response.status(status).entity(Templates.tokens(view)).build();
    }

    private static Optional<Instant> startOfDay(String date) {
        try {
            return Optional.of(LocalDate.parse(date).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
