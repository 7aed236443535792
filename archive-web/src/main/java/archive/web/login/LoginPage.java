package archive.web.login;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Signing librarians in to the web pages (signing out: archive.api.security.LogoutResource). The form posts to Quarkus form authentication
 * (/j_security_check), which checks the account and keeps the session in an encrypted, HttpOnly, SameSite=Strict
 * cookie; a failed attempt comes back to /login/failed.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class LoginPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance login(boolean failed);
    }

    @GET
    @Path("login")
    public TemplateInstance login() {
        return Templates.login(false);
    }

    @GET
    @Path("login/failed")
    public Response failed() {
        return Response.status(Response.Status.UNAUTHORIZED).entity(Templates.login(true)).build();
    }
}
