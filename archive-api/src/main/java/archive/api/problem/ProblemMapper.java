package archive.api.problem;

import archive.api.content.TextRepresentation;
import archive.core.ArchiveException;
import archive.core.account.LoginThrottledException;
import archive.core.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

/**
 * The one place failures become HTTP: every error leaves with a detail that says what to do, as
 * application/problem+json under /api, /q, /timegate, /timemap, /unapi and /oai, and as an HTML page ({@link ProblemPage})
 * everywhere else, where people read. Client mistakes are 4xx; only the archive's own faults are 5xx, and those
 * never carry a stack trace.
 */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String FORM_PARSER = "org.jboss.resteasy.reactive.server.core.multipart.FormEncodedData";
    private static final List<String> PROGRAM_PATHS = List.of("/api", "/q", "/timegate", "/timemap", "/unapi",
            "/oai");

    private final Instance<ProblemPage> pages;
    private final URI loginPage;
    private final URI loginErrorPage;
    private final String loginPostLocation;

    public ProblemMapper(Instance<ProblemPage> pages,
            @ConfigProperty(name = "quarkus.http.auth.form.login-page", defaultValue = "/login") String loginPage,
            @ConfigProperty(name = "quarkus.http.auth.form.error-page", defaultValue = "/login") String errorPage,
            @ConfigProperty(name = "quarkus.http.auth.form.post-location", defaultValue = "/j_security_check")
            String postLocation) {
        this.pages = pages;
        this.loginPage = URI.create(loginPage);
        this.loginErrorPage = URI.create(errorPage);
        this.loginPostLocation = postLocation;
    }

    @ServerExceptionMapper
    public Response archive(ArchiveException e, UriInfo uri) {
        if (e.type().status() >= 500) {
            LOG.errorf("integrity failure at %s: %s", uri.getPath(), e.getMessage());
        }
        return problem(e.type(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response request(RequestProblemException e, UriInfo uri) {
        return problem(e.type(), e.getMessage(), uri);
    }

    @ServerExceptionMapper
    public Response rangeNotSatisfiable(TextRepresentation.RangeNotSatisfiableException e, UriInfo uri) {
        return Response.fromResponse(problem(e.type(), e.getMessage(), uri))
                .header("Content-Range", "bytes */" + e.length())
                .build();
    }

    @ServerExceptionMapper
    public Response throttled(LoginThrottledException e, UriInfo uri) {
        return Response.fromResponse(archive(e, uri)).header(HttpHeaders.RETRY_AFTER, e.retryAfterSeconds()).build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers) {
        return unauthenticated(uri, headers);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, Problem.PLAIN_TYPE, "Your account lacks the role this action needs (writes need "
                + "'librarian', administration 'admin').", uri);
    }

    /** Also the subtypes Quarkus maps itself (unknown fields, wrong types), so they get the same useful detail. */
    @ServerExceptionMapper({JsonProcessingException.class, MismatchedInputException.class})
    public Response json(JsonProcessingException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED_JSON, "The request body is not the JSON this endpoint expects: "
                + e.getOriginalMessage(), uri);
    }

    @ServerExceptionMapper
    public Response malformedMultipart(MultipartParser.MalformedMessageException e, UriInfo uri) {
        return problem(ProblemType.MALFORMED_MULTIPART, "The multipart body is malformed (a line break inside "
                + "a part's headers or file name, say); send the file as the part 'file'.", uri);
    }

    /** Checked I/O failures reaching here come from reading the request: a multipart body cut short, say. */
    @ServerExceptionMapper
    public Response unreadable(IOException e, UriInfo uri) {
        return problem(ProblemType.UNREADABLE_BODY, "The request body cannot be read: " + e.getMessage()
                + ".", uri);
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        String detail = switch (status) {
            case 404 -> forPeople(uri) ? "Nothing is published at this address. Search the archive from its home page."
                    : "Nothing is published at this address; the API is described at /q/openapi.";
            case 405 -> "This address does not accept that method; see /q/openapi.";
            case 406 -> "This resource cannot be represented in the media type you accept.";
            case 415 -> "This endpoint does not accept that Content-Type; see /q/openapi for what it takes.";
            default -> e.getMessage();
        };
        if (status >= 500) {
            return unexpected(e, uri);
        }
        return problem(status, Problem.PLAIN_TYPE, detail, uri);
    }

    /**
     * RESTEasy Reactive reads a form body (of every unsafe request: CSRF protection reads it) and throws a bare
     * IllegalArgumentException when its percent-encoding does not decode: the client's mistake, told apart from the
     * archive's own by where it was thrown.
     */
    @ServerExceptionMapper
    public Response illegalArgument(IllegalArgumentException e, UriInfo uri) {
        if (Arrays.stream(e.getStackTrace()).anyMatch(frame -> frame.getClassName().startsWith(FORM_PARSER))) {
            return problem(ProblemType.MALFORMED_REQUEST, "The form's percent-encoding does not decode (a '%' must "
                    + "be followed by two hex digits); send application/x-www-form-urlencoded as RFC 3986 encodes it.",
                    uri);
        }
        return unexpected(e, uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "unexpected failure at %s (incident %s)", uri.getPath(), incident);
        return problem(500, Problem.PLAIN_TYPE, "The archive failed unexpectedly; nothing was changed by this request. "
                + "Report incident " + incident + " to the operators.", uri);
    }

    /**
     * A failed login form goes back to the form with an error; a person browsing pages is sent to the login form;
     * API clients learn which credentials to send.
     */
    private Response unauthenticated(UriInfo uri, HttpHeaders headers) {
        if (uri.getPath().equals(loginPostLocation)) {
            return Response.seeOther(loginErrorPage).build();
        }
        if (isPageNavigation(uri, headers)) {
            return Response.seeOther(loginPage).build();
        }
        return Response.fromResponse(problem(401, Problem.PLAIN_TYPE, "Sign in: send HTTP Basic credentials, or an API "
                        + "token as 'Authorization: Bearer <token>', of an account with the needed role.", uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"archive\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"archive\", charset=\"UTF-8\"")
                .build();
    }

    private static boolean isPageNavigation(UriInfo uri, HttpHeaders headers) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        return !uri.getPath().startsWith("/api/") && accept != null && accept.contains("text/html");
    }

    private Response problem(ProblemType type, String detail, UriInfo uri) {
        return problem(type.status(), type.uri(), detail, uri);
    }

    private Response problem(int status, String type, String detail, UriInfo uri) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        Problem problem = new Problem(type, title, status, detail, uri.getPath());
        if (forPeople(uri)) {
            return pages.get().render(problem);
        }
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }

    /**
     * Web pages, as opposed to what programs call: the API, the /q endpoints (health, OpenAPI), unAPI, the Memento
     * TimeGates and TimeMaps by original address and OAI-PMH (whose own errors are its XML; this is for HTTP's).
     */
    private boolean forPeople(UriInfo uri) {
        // The raw path: "/api/v1/%2e%2e/x" is an API request even though it normalizes to "/x".
        String path = uri.getRequestUri().getRawPath();
        boolean forPrograms = PROGRAM_PATHS.stream().anyMatch(root -> path.equals(root) || path.startsWith(root + "/"));
        return !forPrograms && pages.isResolvable();
    }
}
