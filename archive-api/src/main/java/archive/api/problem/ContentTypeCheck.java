package archive.api.problem;

import archive.core.problem.ProblemType;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Content-Type must be a media type (RFC 9110 §8.3.1), and a multipart body is only readable with its boundary
 * (RFC 2046: 1 to 70 characters). Both are refused here, before the REST layer's media type parser and the form
 * parser see them: those fail with an exception that would read as the archive's own failure.
 */
@ApplicationScoped
public class ContentTypeCheck {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
    /** Lenient about parameter values (any unquoted run without ';'): only what cannot be read is refused. */
    private static final Pattern MEDIA_TYPE = Pattern.compile("[ \t]*" + TOKEN + "/" + TOKEN
            + "[ \t]*(?:;[ \t]*(?:" + TOKEN + "=(?:" + QUOTED + "[ \t]*|[^;\"]*))?)*");
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]*)\"|([^;\\s]*))");

    private final ProblemResponses problems;

    public ContentTypeCheck(ProblemResponses problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && !isMediaType(type)) {
            problems.refuse(context, ProblemType.MALFORMED_CONTENT_TYPE, "The Content-Type header is not a media type "
                    + "(type/subtype, then optional ;name=value parameters), e.g. 'text/plain; charset=utf-8'.");
        } else if (type != null && type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/")
                && !hasBoundary(type)) {
            problems.refuse(context, ProblemType.MALFORMED_MULTIPART, "A multipart body needs a boundary of 1 to 70 "
                    + "characters in its Content-Type, e.g. 'multipart/form-data; boundary=x7Yq'.");
        } else {
            context.next();
        }
    }

    static boolean isMediaType(String contentType) {
        return MEDIA_TYPE.matcher(contentType).matches();
    }

    private static boolean hasBoundary(String contentType) {
        Matcher boundary = BOUNDARY.matcher(contentType);
        if (!boundary.find()) {
            return false;
        }
        String value = boundary.group(2) != null ? boundary.group(2) : boundary.group(3);
        return !value.isEmpty() && value.length() <= 70;
    }
}
