package archive.core.account;

import archive.core.config.ArchiveConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Slows down password and token guessing: after too many failures within the window, sign-ins for that account, or
 * from that address, are refused unchecked until the oldest failure leaves the window. Failures are kept in
 * PostgreSQL, so every node counts them all and a restart forgives nothing.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final Logger LOG = Logger.getLogger(LoginThrottle.class);

    private final FailureWindow accounts;
    private final FailureWindow addresses;

    @Inject
    public LoginThrottle(ArchiveConfig config, EntityManager entityManager) {
        this(config.login(), Clock.systemUTC(), entityManager, FailureWindow.MAX_KEYS);
    }

    /**
     * For tests: another clock, and another bound on the keys tracked per scope (accounts, addresses). Nodes' clocks
     * are assumed to agree (NTP): a skew of seconds moves the window by as much.
     */
    public LoginThrottle(ArchiveConfig.Login login, Clock clock, EntityManager entityManager, int maxKeys) {
        this.accounts = new FailureWindow(entityManager, "account", login.maxFailuresPerAccount(),
                login.failureWindow(), clock, maxKeys);
        this.addresses = new FailureWindow(entityManager, "address", login.maxFailuresPerAddress(),
                login.failureWindow(), clock, maxKeys);
    }

    /** Refuses with {@link LoginThrottledException} when the account or the address has no attempts left. */
    public void check(Optional<String> account, Optional<String> address) {
        OptionalLong accountWait = account.map(accounts::blockedFor).orElse(OptionalLong.empty());
        if (accountWait.isPresent()) {
            throw new LoginThrottledException("for this account", accountWait.getAsLong());
        }
        OptionalLong addressWait = address.map(addresses::blockedFor).orElse(OptionalLong.empty());
        if (addressWait.isPresent()) {
            throw new LoginThrottledException("from your address", addressWait.getAsLong());
        }
    }

    public void recordFailure(Optional<String> account, Optional<String> address) {
        account.ifPresent(accounts::record);
        address.ifPresent(addresses::record);
        LOG.infof("failed sign-in%s%s", account.map(a -> " for account '" + printable(a) + "'").orElse(""),
                address.map(a -> " from " + a).orElse(""));
    }

    /** Names come from strangers: one log line each, of bounded length. */
    private static String printable(String name) {
        String shown = name.length() > 64 ? name.substring(0, 64) + "…" : name;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
