package archive.api.problem;

import archive.core.problem.ProblemType;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.UncheckedIOException;

/**
 * problem+json for what is refused below Jakarta REST, on Vert.x routes ({@link ProblemMapper} does the rest), so
 * every refusal looks the same to clients.
 */
@ApplicationScoped
public class ProblemResponses {

    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** Answers and closes the connection: the rest of the request (a body, say) is not going to be read. */
    public void refuse(RoutingContext context, ProblemType type, String detail) {
        refuse(context, type.status(), type, detail);
    }

    /** As {@link #refuse(RoutingContext, ProblemType, String)}, with a status the router chose for the type. */
    public void refuse(RoutingContext context, int status, ProblemType type, String detail) {
        Problem problem = new Problem(type.uri(), HttpResponseStatus.valueOf(status).reasonPhrase(), status, detail,
                context.normalizedPath());
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(ended -> context.request().connection().close())
                .end(serialize(problem));
    }

    private String serialize(Problem problem) {
        try {
            return json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
