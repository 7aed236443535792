package archive.api.security;

import archive.core.account.AccountService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The account behind a signed-in session (form authentication's encrypted cookie proves the password was checked
 * at sign-in). Roles are read afresh on every request, so a disabled account or a withdrawn role takes effect at
 * once instead of when the session ends.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    private final AccountService accounts;

    public SessionIdentityProvider(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> accounts.enabled(request.getPrincipal())
                .map(AccountIdentityProvider::identity)
                .orElseThrow(() -> new AuthenticationFailedException("the session's account is gone or disabled")));
    }
}
