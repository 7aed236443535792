package archive.web.errors;

import archive.api.problem.Problem;
import archive.api.problem.ProblemPage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/** Problems on the web pages, told to people: what went wrong, in words, and where to go next. */
@ApplicationScoped
public class HtmlProblemPage implements ProblemPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(Problem problem, String heading, String explanation);
    }

    /** Where form authentication receives the login form (quarkus.http.auth.form.post-location). */
    static final String LOGIN_POST_LOCATION = "/j_security_check";

    /**
     * A reader who must sign in is sent to the login page, and a failed sign-in back to it with an explanation; other
     * problems are explained on a page of their own.
     */
    @Override
    public Response render(Problem problem) {
        if (problem.status() == 401) {
            boolean failedSignIn = LOGIN_POST_LOCATION.equals(problem.instance());
            return Response.seeOther(URI.create(failedSignIn ? "/login/failed" : "/login")).build();
        }
        return Response.status(problem.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.problem(problem, heading(problem.status()), explanation(problem)).render())
                .build();
    }

    /** The page about the problem's type (its type URI), if it has one of its own. */
    private static String explanation(Problem problem) {
        return Problem.PLAIN_TYPE.equals(problem.type()) ? null : problem.type();
    }

    private static String heading(int status) {
        return switch (status) {
            case 400 -> "That request could not be understood";
            case 403 -> "Your account cannot do this";
            case 404 -> "Not found";
            case 405 -> "That action is not available here";
            case 413 -> "That upload is too large";
            case 415 -> "That file is not a text the archive keeps";
            default -> status >= 500 ? "Something went wrong on our side" : "That did not work";
        };
    }
}
