package archive.api.problem;

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
 * A multipart body is only readable with its boundary (RFC 2046: 1 to 70 characters); a Content-Type that names
 * multipart without one is refused here, before the form parser (which fails on an empty boundary) sees it.
 */
@ApplicationScoped
public class MultipartBoundaryCheck {

    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=(\"([^\"]*)\"|([^;\\s]*))");

    private final ProblemResponses problems;

    public MultipartBoundaryCheck(ProblemResponses problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !type.strip().toLowerCase(Locale.ROOT).startsWith("multipart/") || hasBoundary(type)) {
            context.next();
            return;
        }
        problems.refuse(context, 400, "malformed-multipart", "A multipart body needs a boundary of 1 to 70 "
                + "characters in its Content-Type, e.g. 'multipart/form-data; boundary=x7Yq'.");
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
