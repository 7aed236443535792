package archive.api.security;

import archive.api.problem.ProblemResponses;
import archive.core.problem.ProblemType;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The login form posts a form; anything else sent to its address is refused here (415) before Quarkus's form
 * mechanism, which fails on a body it cannot decode as a form.
 */
@ApplicationScoped
public class LoginFormGate {

    /** Before the form mechanism's own route (Quarkus orders it at -150). */
    private static final int ORDER = -151;

    private final String postLocation;
    private final ProblemResponses problems;

    public LoginFormGate(@ConfigProperty(name = "quarkus.http.auth.form.post-location",
            defaultValue = "/j_security_check") String postLocation, ProblemResponses problems) {
        this.postLocation = postLocation;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route(HttpMethod.POST, postLocation).order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        String mediaType = type == null ? "" : type.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("application/x-www-form-urlencoded") || mediaType.equals("multipart/form-data")) {
            context.next();
            return;
        }
        problems.refuse(context, ProblemType.NOT_A_LOGIN_FORM, "Sign in by posting the login form "
                + "(application/x-www-form-urlencoded with j_username and j_password).");
    }
}
