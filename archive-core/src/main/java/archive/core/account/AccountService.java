package archive.core.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Accounts and their credentials. */
@ApplicationScoped
@Transactional
public class AccountService {

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    /** Checked when the account does not exist, so a login takes as long either way and names cannot be probed. */
    private static final String UNKNOWN_ACCOUNT_HASH = BcryptUtil.bcryptHash("unknown account");

    /** Creates the account, or resets its password and roles when it exists. */
    public Account createOrUpdate(String username, String password, Set<String> roles) {
        Account account = Account.<Account>findByIdOptional(username).orElseGet(() -> {
            Account created = new Account();
            created.username = username;
            created.createdAt = Instant.now();
            return created;
        });
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = String.join(",", roles.stream().sorted().toList());
        account.enabled = true;
        account.persist();
        return account;
    }

    public boolean exists(String username) {
        return Account.findByIdOptional(username).isPresent();
    }

    /** The account, if it exists and is enabled (for a session that proved the password when it began). */
    public Optional<Account> enabled(String username) {
        return Account.<Account>findByIdOptional(username).filter(a -> a.enabled);
    }

    /** The enabled account these credentials prove, if they do. */
    public Optional<Account> authenticate(String username, char[] password) {
        Optional<Account> account = enabled(username);
        boolean matches = matches(account.map(a -> a.passwordHash).orElse(UNKNOWN_ACCOUNT_HASH), password);
        return account.filter(a -> matches);
    }

    private static boolean matches(String bcryptHash, char[] password) {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT, PROVIDER);
            Password stored = factory.translate(ModularCrypt.decode(bcryptHash));
            return factory.verify(stored, password);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
