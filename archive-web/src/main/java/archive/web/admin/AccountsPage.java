package archive.web.admin;

import archive.core.ArchiveException;
import archive.core.account.Account;
import archive.core.account.AccountChange;
import archive.core.account.AccountNotFoundException;
import archive.core.account.AccountService;
import archive.core.account.Roles;
import archive.core.account.TokenNotFoundException;
import archive.core.account.TokenService;
import archive.web.documents.EventRow;
import archive.web.tokens.TokenRow;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Administration of accounts: list them, create one, disable or enable one, change its roles, and see and revoke its
 * API tokens. Every change goes through {@link AccountService} or {@link TokenService}, which record it in the event
 * log; a change redirects back (POST-redirect-GET) to a page that confirms it, a refusal is explained in place.
 */
@Path(AccountsPage.PATH)
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.ADMIN)
public class AccountsPage {

    static final String PATH = "/admin/accounts";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(AccountsView view);

        static native TemplateInstance account(AccountView view);
    }

    /** What the list confirms after a change; the redirect names it and the account ({@code ?done=&account=}). */
    private enum Done {
        CREATED, DISABLED, ENABLED, ROLES;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        String confirm(AccountRow account) {
            return switch (this) {
                case CREATED -> "Account " + account.username() + " created, with the roles " + account.roles()
                        + ". It can sign in now.";
                case DISABLED -> account.username() + " can no longer sign in, and its API tokens are refused.";
                case ENABLED -> account.username() + " can sign in again.";
                case ROLES -> account.username() + " now has the roles " + account.roles() + ".";
            };
        }
    }

    private final AccountService accounts;
    private final TokenService tokens;
    private final SecurityIdentity identity;

    private final Clock clock;

    public AccountsPage(AccountService accounts, TokenService tokens, SecurityIdentity identity, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
        this.tokens = tokens;
        this.identity = identity;
    }

    /**
     * @param done the change just made, to confirm it
     * @param account the account it was made to
     */
    @GET
    public TemplateInstance list(@RestQuery("done") String done, @RestQuery("account") String account) {
        List<AccountRow> rows = rows();
        Optional<String> confirmation = rows.stream().filter(row -> row.username().equals(account)).findFirst()
                .flatMap(row -> done(done).map(change -> change.confirm(row)));
        return Templates.accounts(AccountsView.of(rows, confirmation.orElse(null)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm("username") String username, @RestForm("password") String password,
            @RestForm("roles") List<String> roles) {
        String name = username == null ? "" : username.strip();
        Set<String> chosen = roles == null ? Set.of() : new HashSet<>(roles);
        try {
            accounts.create(name, password, chosen, me());
            return confirmed(Done.CREATED, name);
        } catch (ArchiveException e) {
            // The form comes back filled in, but without the password: a page is no place for it.
            return refused(e, name, chosen);
        }
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@RestPath("username") String username) {
        return change(username, Done.DISABLED, new AccountChange(Optional.empty(), Optional.of(false),
                Optional.empty()));
    }

    @POST
    @Path("{username}/enable")
    public Response enable(@RestPath("username") String username) {
        return change(username, Done.ENABLED, new AccountChange(Optional.empty(), Optional.of(true),
                Optional.empty()));
    }

    @POST
    @Path("{username}/roles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeRoles(@RestPath("username") String username, @RestForm("roles") List<String> roles) {
        Set<String> chosen = roles == null ? Set.of() : new HashSet<>(roles);
        return change(username, Done.ROLES, new AccountChange(Optional.of(chosen), Optional.empty(),
                Optional.empty()));
    }

    /** @param revoked the token just revoked, to confirm it */
    @GET
    @Path("{username}")
    public TemplateInstance account(@RestPath("username") String username, @RestQuery("revoked") Long revoked) {
        Account account = accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username));
        List<TokenRow> tokenRows = TokenRow.of(tokens.list(account.username), clock.instant());
        List<EventRow> history = accounts.events(account.username).stream().map(EventRow::of).toList();
        return Templates.account(new AccountView(AccountRow.of(account), tokenRows, history,
                TokenRow.revokedNotice(tokenRows, revoked).orElse(null)));
    }

    @POST
    @Path("{username}/tokens/{id}/revoke")
    public Response revokeToken(@RestPath("username") String username, @RestPath("id") long id) {
        boolean theirs = tokens.list(username).stream().anyMatch(token -> token.id == id);
        if (!theirs) {
            throw new TokenNotFoundException(id);
        }
        tokens.revoke(id, me(), true);
        URI back = UriBuilder.fromPath(PATH).path(username).queryParam("revoked", id).build();
        return Response.seeOther(back).build();
    }

    private Response change(String username, Done done, AccountChange change) {
        try {
            accounts.update(username, change, me());
            return confirmed(done, username);
        } catch (ArchiveException e) {
            return refused(e, "", Set.of());
        }
    }

    /** The list again, saying why nothing changed, with the new-account form as it was sent. */
    private Response refused(ArchiveException e, String newName, Set<String> newRoles) {
        AccountsView view = new AccountsView(rows(), null, e.getMessage(), newName, RoleChoice.of(newRoles));
        return Response.status(e.type().status()).entity(Templates.accounts(view)).build();
    }

    private static Response confirmed(Done done, String username) {
        return Response.seeOther(UriBuilder.fromPath(PATH).queryParam("done", done.code())
                .queryParam("account", username).build()).build();
    }

    private static Optional<Done> done(String code) {
        return Arrays.stream(Done.values()).filter(done -> done.code().equals(code)).findFirst();
    }

    private List<AccountRow> rows() {
        return accounts.list().stream().map(AccountRow::of).toList();
    }

    private String me() {
        return identity.getPrincipal().getName();
    }
}
