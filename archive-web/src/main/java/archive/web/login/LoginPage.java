package archive.web.login;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.FormAuthenticationMechanism;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signing librarians in and out of the web pages. The form posts to Quarkus form authentication
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

    private final SecurityIdentity identity;

    public LoginPage(SecurityIdentity identity) {
        this.identity = identity;
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

    /** Removes the session cookie; reading the identity first lets form authentication find its cookie settings. */
    @POST
    @Path("logout")
    public Response logout() {
        if (!identity.isAnonymous()) {
            FormAuthenticationMechanism.logout(identity);
        }
        return Response.seeOther(URI.create("/")).build();
    }
}
