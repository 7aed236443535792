package archive.web.problems;

import archive.core.problem.ProblemType;
import archive.core.vocabulary.Codes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * What is behind a problem's type URI (RFC 9457 §3.1.1 asks that it explain the problem to a person who follows it):
 * a page per {@link ProblemType}, and the list of them all. Programs that ask for JSON get the same facts as an
 * object. Open to everyone, also when reading needs an account: a person who got a problem has to be able to read
 * what it means.
 */
@Path("/problems")
public class ProblemTypePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problemType(ProblemType type, String reason);

        static native TemplateInstance problemTypes(List<ProblemType> types);
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance all() {
        return Templates.problemTypes(List.of(ProblemType.values()));
    }

    @GET
    @Path("{code}")
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance page(@PathParam("code") String code) {
        ProblemType type = find(code);
        return Templates.problemType(type, reasonPhrase(type.status()));
    }

    /** Less preferred than the page, so that a client that accepts anything gets the page. */
    @GET
    @Path("{code}")
    @Produces(MediaType.APPLICATION_JSON + ";qs=0.5")
    public ProblemTypeJson json(@PathParam("code") String code) {
        return ProblemTypeJson.of(find(code));
    }

    private static ProblemType find(String code) {
        return Codes.find(ProblemType.class, code).orElseThrow(NotFoundException::new);
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "" : known.getReasonPhrase();
    }
}
