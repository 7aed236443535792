package archive.api.security;

import archive.core.config.ArchiveConfig;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * With ARCHIVE_PUBLIC_READ=false every request needs a signed-in account of any role, except what a stranger needs
 * to sign in, to check the service or to understand a refusal ({@code /login}, {@code /q/...}, {@code /problems/...}).
 * Writes need their roles either way.
 */
public class SignInRequirement {

    private final boolean publicRead;
    private final CurrentIdentityAssociation identities;

    public SignInRequirement(ArchiveConfig config, CurrentIdentityAssociation identities) {
        this.publicRead = config.publicRead();
        this.identities = identities;
    }

    @ServerRequestFilter
    public Uni<Void> requireSignIn(UriInfo uri) {
        if (publicRead || isOpen(uri.getPath())) {
            return Uni.createFrom().voidItem();
        }
        return identities.getDeferredIdentity()
                .invoke(identity -> {
                    if (identity.isAnonymous()) {
                        throw new UnauthorizedException();
                    }
                })
                .replaceWithVoid();
    }

    static boolean isOpen(String path) {
        String absolute = path.startsWith("/") ? path : "/" + path;
        return absolute.startsWith("/q/") || isPageOrBelow(absolute, "/login") || isPageOrBelow(absolute, "/problems");
    }

    private static boolean isPageOrBelow(String path, String page) {
        return path.equals(page) || path.startsWith(page + "/");
    }
}
