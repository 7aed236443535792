package archive.api.problem;

import archive.core.problem.ProblemType;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body above quarkus.http.limits.max-body-size before anything reads it, as Quarkus itself would
 * one step later, but with problem+json instead of a bare 413. (A chunked body declares no length: Quarkus stops
 * reading it at the same limit and answers a bare 413 itself, from deep inside the body stream.)
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBodyBytes;
    private final ProblemResponses problems;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            ProblemResponses problems) {
        this.maxBodyBytes = maxBodySize.asLongValue();
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::check);
    }

    private void check(RoutingContext context) {
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared == null || !declared.matches("\\d{1,18}") || Long.parseLong(declared) <= maxBodyBytes) {
            context.next();
            return;
        }
        problems.refuse(context, ProblemType.BODY_TOO_LARGE, "The request body declares " + declared + " bytes; the "
                + "server accepts at most " + maxBodyBytes + " bytes per request (documents at most "
                + "ARCHIVE_MAX_UPLOAD_BYTES).");
    }
}
