package archive.api.security;

import archive.core.account.AccountService;
import archive.core.account.LoginThrottle;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/** Name and password (HTTP Basic and the login form) checked against the accounts, with failed attempts throttled. */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    public AccountIdentityProvider(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        Optional<String> account = Optional.of(request.getUsername());
        Optional<String> address = Identities.clientAddress(request);
        return context.runBlocking(() -> {
            throttle.check(account, address);
            return accounts.authenticate(request.getUsername(), request.getPassword().getPassword())
                    .map(Identities::of)
                    .orElseThrow(() -> {
                        throttle.recordFailure(account, address);
                        return new AuthenticationFailedException("unknown account or wrong password");
                    });
        });
    }
}
