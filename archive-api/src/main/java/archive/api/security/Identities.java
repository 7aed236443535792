package archive.api.security;

import archive.core.account.Account;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** What every identity provider needs: an account as a security identity, and where a sign-in came from. */
final class Identities {

    private Identities() {
    }

    /** The account's current roles: a role change or a disabled account takes effect on the next request. */
    static SecurityIdentity of(Account account) {
        return QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(account.username))
                .addRoles(account.roleSet())
                .build();
    }

    /** The client's address (the forwarded one when behind a configured proxy), if the request came over HTTP. */
    static Optional<String> clientAddress(AuthenticationRequest request) {
        RoutingContext routing = HttpSecurityUtils.getRoutingContextAttribute(request);
        return Optional.ofNullable(routing).map(r -> r.request().remoteAddress()).map(SocketAddress::hostAddress);
    }
}
