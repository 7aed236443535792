package archive.api.security;

import archive.core.account.LoginThrottle;
import archive.core.account.TokenService;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** API tokens: the owner's identity while the token is usable; failures count against the caller's address. */
@ApplicationScoped
public class TokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final TokenService tokens;
    private final LoginThrottle throttle;

    public TokenIdentityProvider(TokenService tokens, LoginThrottle throttle) {
        this.tokens = tokens;
        this.throttle = throttle;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Optional<String> address = Identities.clientAddress(request);
        return context.runBlocking(() -> {
            throttle.check(Optional.empty(), address);
            return tokens.authenticate(request.getToken().getToken())
                    .map(Identities::of)
                    .orElseThrow(() -> {
                        throttle.recordFailure(Optional.empty(), address);
                        return new AuthenticationFailedException("unknown, expired or revoked token");
                    });
        });
    }
}
