package archive.api.accounts;

import archive.api.documents.EventJson;
import archive.api.problem.RequestProblemException;
import archive.core.account.AccountChange;
import archive.core.account.AccountNotFoundException;
import archive.core.account.AccountService;
import archive.core.account.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Administration of accounts: create, change roles, disable, reset passwords; every change is an event. */
@Path("/api/v1/accounts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AccountResource {

    public record NewAccount(String username, String password, Set<String> roles) {
    }

    /** Only the fields present change. */
    public record AccountPatch(Set<String> roles, Boolean enabled, String password) {
    }

    private final AccountService accounts;
    private final SecurityIdentity identity;

    public AccountResource(AccountService accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    public List<AccountJson> list() {
        return accounts.list().stream().map(AccountJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount request, UriInfo uri) {
        if (request == null) {
            throw RequestProblemException.badRequest("missing-body", "Send {\"username\", \"password\", \"roles\"}.");
        }
        AccountJson created = AccountJson.of(accounts.create(request.username(), request.password(), request.roles(),
                actor()));
        return Response.created(uri.getBaseUriBuilder().path(created.links().self()).build()).entity(created).build();
    }

    @GET
    @Path("{username}")
    public AccountJson get(@PathParam("username") String username) {
        return AccountJson.of(accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username)));
    }

    @PATCH
    @Path("{username}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    public AccountJson update(@PathParam("username") String username, AccountPatch patch) {
        if (patch == null) {
            throw RequestProblemException.badRequest("missing-body", "Send the fields to change: \"roles\", "
                    + "\"enabled\" and/or \"password\".");
        }
        return AccountJson.of(accounts.update(username, new AccountChange(Optional.ofNullable(patch.roles()),
                Optional.ofNullable(patch.enabled()), Optional.ofNullable(patch.password())), actor()));
    }

    @GET
    @Path("{username}/events")
    public List<EventJson> events(@PathParam("username") String username) {
        return accounts.events(username).stream().map(EventJson::of).toList();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
