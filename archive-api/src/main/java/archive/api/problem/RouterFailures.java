package archive.api.problem;

import archive.core.problem.ProblemType;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * The Vert.x router refuses some requests itself before any resource sees them by failing the route with a bare
 * status; this failure handler words those 4xx as problem+json. Failures with an exception go on to Quarkus —
 * unless the response is already complete: a chunked body beyond the size limit is answered 413 by Quarkus while it
 * is being read, and what fails after that has nobody left to tell.
 */
@ApplicationScoped
public class RouterFailures {

    private static final Logger LOG = Logger.getLogger(RouterFailures.class);

    private final ProblemResponses problems;

    public RouterFailures(ProblemResponses problems) {
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (context.failure() != null && context.response().ended()) {
            LOG.debugf("failure after the response to %s was complete: %s", context.normalizedPath(),
                    context.failure().toString());
            return;
        }
        int status = context.statusCode();
        if (context.failure() != null || status < 400 || status >= 500 || context.response().headWritten()) {
            context.next();
            return;
        }
        problems.refuse(context, status, ProblemType.MALFORMED_REQUEST, switch (status) {
            case 413 -> "The request body is larger than the server accepts in one request.";
            case 414 -> "The URL is too long.";
            default -> "The request is malformed (for example, percent-encoding in the URL that does not decode); "
                    + "the API is described at /q/openapi.";
        });
    }
}
