package archive.api.security;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signing out of the login form's session. A POST, so another site cannot sign people out with a link; the form
 * carries the CSRF token like every other form.
 */
@Path("/logout")
public class LogoutResource {

    private final String sessionCookie;
    private final CsrfToken csrf;

    public LogoutResource(@ConfigProperty(name = "quarkus.http.auth.form.cookie-name",
            defaultValue = "quarkus-credential") String sessionCookie, CsrfToken csrf) {
        this.sessionCookie = sessionCookie;
        this.csrf = csrf;
    }

    /** A page with nothing but the sign-out button; the site's own pages embed the same form. */
    @GET
    @Produces(MediaType.TEXT_HTML)
    public String confirm() {
        return """
                <!doctype html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Sign out · archive</title></head>
                <body><main>
                <h1>Sign out</h1>
                <form method="post" action="/logout">
                <input type="hidden" name="%s" value="%s">
                <button type="submit">Sign out</button>
                </form>
                </main></body>
                </html>
                """.formatted(csrf.parameterName(), csrf.token());
    }

    @POST
    public Response logout() {
        // The session cookie is the whole session (Quarkus keeps none on the server): expiring it signs out.
        NewCookie expired = new NewCookie.Builder(sessionCookie).value("").path("/").maxAge(0).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
        return Response.seeOther(URI.create("/")).cookie(expired).build();
    }
}
