package archive.api.security;

import archive.api.problem.RequestProblemException;
import archive.core.problem.ProblemType;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

/**
 * Cross-site request forgery protection for every unsafe request (anything but GET, HEAD, OPTIONS):
 * <ul>
 * <li>a browser that says the request comes from another site ({@code Sec-Fetch-Site: cross-site}, or an
 * {@code Origin} of another host) is refused outright — this also covers HTTP Basic credentials a browser
 * remembered, and text/plain or multipart forms aimed at the API;</li>
 * <li>a request carrying the login form's session cookie must also carry the {@link CsrfToken} (form field or
 * header) equal to its CSRF cookie (double submit).</li>
 * </ul>
 * API clients using HTTP Basic or a bearer token send no cookies and no Origin, so nothing changes for them.
 * (quarkus-rest-csrf is not used: it demands the token of every unsafe request in the application, which would
 * break Basic- and token-authenticated multipart uploads, and answers a bare 400.)
 */
public class CsrfProtection {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final String sessionCookie;

    public CsrfProtection(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name",
            defaultValue = "quarkus-credential") String sessionCookie) {
        this.sessionCookie = sessionCookie;
    }

    @ServerRequestFilter
    @WithFormRead
    public void verify(ResteasyReactiveContainerRequestContext context, RoutingContext routing) {
        if (SAFE_METHODS.contains(context.getMethod())) {
            return;
        }
        HttpServerRequest request = routing.request();
        if (isCrossSite(request)) {
            throw new RequestProblemException(ProblemType.CROSS_SITE_REQUEST, "Cross-site request refused: unsafe "
                    + "requests must come from the archive's own pages or from an API client.");
        }
        if (request.getCookie(sessionCookie) == null) {
            return;
        }
        Cookie cookie = request.getCookie(CsrfToken.COOKIE);
        String presented = presentedToken(context);
        if (cookie == null || presented == null || !CsrfToken.isWellFormed(cookie.getValue())
                || !MessageDigest.isEqual(cookie.getValue().getBytes(StandardCharsets.US_ASCII),
                        presented.getBytes(StandardCharsets.US_ASCII))) {
            throw new RequestProblemException(ProblemType.CSRF_TOKEN_INVALID, "This form's CSRF token is missing "
                    + "or out of date: reload the page and submit it again (scripts send the '" + CsrfToken.HEADER
                    + "' header).");
        }
    }

    private static String presentedToken(ResteasyReactiveContainerRequestContext context) {
        String header = context.getHeaderString(CsrfToken.HEADER);
        if (header != null) {
            return header;
        }
        ResteasyReactiveRequestContext request = (ResteasyReactiveRequestContext) context.getServerRequestContext();
        Object field = request.getFormParameter(CsrfToken.FIELD, true, false);
        return field instanceof String value ? value : null;
    }

    private static boolean isCrossSite(HttpServerRequest request) {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            return true;
        }
        String origin = request.getHeader("Origin");
        return origin != null && !sameHost(origin, request.authority() == null ? null : request.authority().host());
    }

    /** Hosts only: behind a TLS-terminating proxy the scheme and port the server sees differ from the browser's. */
    private static boolean sameHost(String origin, String host) {
        try {
            String originHost = URI.create(origin.strip()).getHost();
            return originHost != null && host != null
                    && originHost.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return false; // "null" and anything unparsable
        }
    }
}
