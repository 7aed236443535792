package archive.web.layout;

import archive.core.account.Roles;
import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/**
 * Who is looking at which page: what the shared page layout shows in its navigation ({inject:viewer.…}). Pages
 * rendered on the event loop (the not-found page for an unknown address) treat the reader as anonymous, since
 * resolving a session there would block.
 */
@Named("viewer")
@RequestScoped
public class Viewer {

    private final SecurityIdentity identity;
    private final CurrentVertxRequest request;

    public Viewer(SecurityIdentity identity, CurrentVertxRequest request) {
        this.identity = identity;
        this.request = request;
    }

    public boolean signedIn() {
        return identityKnown() && !identity.isAnonymous();
    }

    public String name() {
        return signedIn() ? identity.getPrincipal().getName() : "";
    }

    public boolean librarian() {
        return identityKnown() && identity.hasRole(Roles.LIBRARIAN);
    }

    public boolean admin() {
        return identityKnown() && identity.hasRole(Roles.ADMIN);
    }

    private static boolean identityKnown() {
        return BlockingOperationControl.isBlockingAllowed();
    }

    /** Whether the page shown is {@code path}, so its navigation link can say so (aria-current). */
    public boolean at(String path) {
        return request.getCurrent() != null && path.equals(request.getCurrent().normalizedPath());
    }
}
