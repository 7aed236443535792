package archive.api.openapi;

import archive.api.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

/**
 * Documents on every operation the refusals of the layers beneath the resources, which treat every route alike —
 * sign-in (401 and 429 anywhere, since ARCHIVE_PUBLIC_READ=false closes reads too; 403 where a role is needed), CSRF
 * protection (403 for unsafe methods), the body limit and content negotiation (413, 415 where a body is taken) — and
 * types every error response as problem+json, the one way {@code ProblemMapper} answers. A filter, because these
 * follow from what an operation is, not from what its resource method does: written once here instead of on each
 * operation. An operation's own response for a status wins, except 401, 403 and 429 where a role is needed.
 * <p>
 * Runs after Quarkus has given the operations whose methods need a role or a sign-in ({@code @RolesAllowed},
 * {@code @Authenticated}) a security requirement naming one scheme; either scheme works, so each is offered.
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class SharedProblems implements OASFilter {

    static final String BASIC = "basic";
    static final String BEARER = "bearer";

    private static final Set<PathItem.HttpMethod> SAFE_METHODS = Set.of(PathItem.HttpMethod.GET,
            PathItem.HttpMethod.HEAD, PathItem.HttpMethod.OPTIONS);
    private static final String PROBLEM_SCHEMA = "#/components/schemas/" + Problem.class.getSimpleName();
    private static final String RESPONSES = "#/components/responses/";

    /** The shared responses, as components the operations refer to. */
    private enum Shared {
        SIGN_IN_NEEDED("401", "SignInNeeded", "Sign in with HTTP Basic, or an API token as `Authorization: "
                + "Bearer <token>`, of an account that may do this (also when the credentials are wrong, the "
                + "account disabled or the token expired or revoked)."),
        SIGN_IN_NEEDED_WHEN_PRIVATE("401", "SignInNeededWhenPrivate", "Only when the archive runs with "
                + "ARCHIVE_PUBLIC_READ=false: sign in (HTTP Basic or `Authorization: Bearer <token>`) with any "
                + "account."),
        ROLE_MISSING("403", "RoleMissing", "Your account lacks the role this needs (writes need `librarian`; "
                + "accounts and other people's tokens `admin`). Unsafe requests are also refused when a browser "
                + "sends them from another site, or with the session cookie but without the page's CSRF token."),
        CROSS_SITE("403", "CrossSiteRefused", "A browser sent this request from another site, or with the session "
                + "cookie but without the page's CSRF token."),
        SIGN_IN_THROTTLED("429", "SignInThrottled", "Too many failed sign-ins for this account or from this "
                + "address, even with the right credentials now; `Retry-After` says how many seconds to wait."),
        BODY_TOO_LARGE("413", "BodyTooLarge", "The body is larger than the archive takes: a document at most "
                + "ARCHIVE_MAX_UPLOAD_BYTES, any request at most quarkus.http.limits.max-body-size."),
        UNSUPPORTED_MEDIA_TYPE("415", "UnsupportedMediaType", "The Content-Type is not one this operation takes "
                + "(see its request body).");

        final String status;
        final String name;
        final String description;

        Shared(String status, String name, String description) {
            this.status = status;
            this.name = name;
            this.description = description;
        }

        APIResponse reference() {
            return OASFactory.createAPIResponse().ref(name);
        }
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        for (Shared shared : Shared.values()) {
            APIResponse response = OASFactory.createAPIResponse().description(shared.description);
            if (shared == Shared.SIGN_IN_THROTTLED) {
                response.addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait.")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)));
            }
            components.addResponse(shared.name, response);
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            item.getOperations().forEach((method, operation) -> {
                addSharedResponses(method, operation);
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.startsWith("4")) {
                        typeAsProblem(response.getRef() == null ? response
                                : components.getResponses().get(response.getRef().substring(RESPONSES.length())));
                    }
                });
            });
        }
    }

    private static void addSharedResponses(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        boolean needsRole = operation.getSecurity() != null && !operation.getSecurity().isEmpty();
        boolean unsafe = !SAFE_METHODS.contains(method);
        if (needsRole) {
            operation.setSecurity(eitherScheme(operation.getSecurity()));
            responses.addAPIResponse(Shared.SIGN_IN_NEEDED.status, Shared.SIGN_IN_NEEDED.reference());
            responses.addAPIResponse(Shared.ROLE_MISSING.status, Shared.ROLE_MISSING.reference());
            responses.addAPIResponse(Shared.SIGN_IN_THROTTLED.status, Shared.SIGN_IN_THROTTLED.reference());
        } else {
            addIfAbsent(responses, Shared.SIGN_IN_NEEDED_WHEN_PRIVATE);
            addIfAbsent(responses, Shared.SIGN_IN_THROTTLED);
            if (unsafe) {
                addIfAbsent(responses, Shared.CROSS_SITE);
            }
        }
        if (operation.getRequestBody() != null) {
            addIfAbsent(responses, Shared.BODY_TOO_LARGE);
            addIfAbsent(responses, Shared.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    /** The roles Quarkus found, under each scheme: one requirement per scheme means "either". */
    private static List<SecurityRequirement> eitherScheme(List<SecurityRequirement> found) {
        List<String> roles = found.stream().flatMap(requirement -> requirement.getSchemes().values().stream())
                .flatMap(List::stream).distinct().toList();
        return List.of(BASIC, BEARER).stream()
                .map(scheme -> OASFactory.createSecurityRequirement().addScheme(scheme, roles))
                .toList();
    }

    private static void addIfAbsent(APIResponses responses, Shared shared) {
        if (!responses.hasAPIResponse(shared.status)) {
            responses.addAPIResponse(shared.status, shared.reference());
        }
    }

    private static void typeAsProblem(APIResponse response) {
        if (response.getContent() == null) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA))));
        }
    }
}
