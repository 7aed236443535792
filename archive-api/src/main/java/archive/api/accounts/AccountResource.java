package archive.api.accounts;

import archive.api.documents.EventJson;
import archive.api.openapi.OpenApiNames;
import archive.api.problem.RequestProblemException;
import archive.core.account.AccountChange;
import archive.core.account.AccountNotFoundException;
import archive.core.account.AccountService;
import archive.core.account.Roles;
import archive.core.problem.ProblemType;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Administration of accounts: create, change roles, disable, reset passwords; every change is an event. */
@Path("/api/v1/accounts")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.ACCOUNTS)
public class AccountResource {

    @Schema(requiredProperties = {"username", "password", "roles"})
    public record NewAccount(
            @Schema(pattern = "^[A-Za-z0-9][A-Za-z0-9._@-]{0,63}$", examples = "librarian1") String username,
            @Schema(minLength = 12, description = "At least 12 characters, at most 72 bytes in UTF-8.")
            String password,
            @Schema(description = AccountJson.ROLES, minItems = 1) Set<String> roles) {
    }

    /** Only the fields present change. */
    public record AccountPatch(
            @Schema(description = AccountJson.ROLES, minItems = 1) Set<String> roles,
            @Schema(description = "`false` stops the account from signing in, and its tokens and sessions from "
                    + "working.") Boolean enabled,
            @Schema(minLength = 12, description = "A new password: at least 12 characters, at most 72 bytes in "
                    + "UTF-8.") String password) {
    }

    private final AccountService accounts;
    private final SecurityIdentity identity;

    public AccountResource(AccountService accounts, SecurityIdentity identity) {
        this.accounts = accounts;
        this.identity = identity;
    }

    @GET
    @Operation(summary = "List accounts (admin)")
    @APIResponse(responseCode = "200", description = "Every account, by name.")
    public List<AccountJson> list() {
        return accounts.list().stream().map(AccountJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an account (admin); recorded as an account-created event")
    @APIResponse(responseCode = "201", description = "Created; `Location` names the account.",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = AccountJson.class)))
    @APIResponse(responseCode = "400", description = "The name, password or roles are not ones an account can "
            + "have, or the body is not the JSON object shown.")
    @APIResponse(responseCode = "409", description = "An account of this name exists.")
    public Response create(@RequestBody(required = true, content = @Content(example = """
            {"username": "librarian1", "password": "a long passphrase", "roles": ["librarian"]}"""))
            NewAccount request, UriInfo uri) {
        if (request == null) {
            throw new RequestProblemException(ProblemType.MISSING_BODY,
                    "Send {\"username\", \"password\", \"roles\"}.");
        }
        AccountJson created = AccountJson.of(accounts.create(request.username(), request.password(), request.roles(),
                actor()));
        return Response.created(uri.getBaseUriBuilder().path(created.links().self()).build()).entity(created).build();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "One account (admin)")
    @APIResponse(responseCode = "200", description = "The account.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.ACCOUNT_NOT_FOUND)
    public AccountJson get(@PathParam("username") @Parameter(ref = OpenApiNames.USERNAME) String username) {
        return AccountJson.of(accounts.find(username).orElseThrow(() -> new AccountNotFoundException(username)));
    }

    @PATCH
    @Path("{username}")
    @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
    @Operation(summary = "Change roles, disable or enable, reset the password (admin); each change is an event",
            description = "Only the fields sent change. A disabled account can no longer sign in and its tokens "
                    + "and sessions stop working. The last enabled administrator cannot be disabled or lose the "
                    + "admin role (409).")
    @APIResponse(responseCode = "200", description = "The account as changed.")
    @APIResponse(responseCode = "400", description = "Roles or password are not ones an account can have, or the "
            + "body is not the JSON object shown.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.ACCOUNT_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The change would leave no enabled administrator.")
    public AccountJson update(@PathParam("username") @Parameter(ref = OpenApiNames.USERNAME) String username,
            @RequestBody(required = true, content = @Content(example = "{\"roles\": [\"reader\"]}"))
            AccountPatch patch) {
        if (patch == null) {
            throw new RequestProblemException(ProblemType.MISSING_BODY, "Send the fields to change: \"roles\", "
                    + "\"enabled\" and/or \"password\".");
        }
        return AccountJson.of(accounts.update(username, new AccountChange(Optional.ofNullable(patch.roles()),
                Optional.ofNullable(patch.enabled()), Optional.ofNullable(patch.password())), actor()));
    }

    @GET
    @Path("{username}/events")
    @Operation(summary = "Events about the account and its tokens (admin)")
    @APIResponse(responseCode = "200", description = "Events, oldest first.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.ACCOUNT_NOT_FOUND)
    public List<EventJson> events(@PathParam("username") @Parameter(ref = OpenApiNames.USERNAME)
            String username) {
        return accounts.events(username).stream().map(EventJson::of).toList();
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }
}
