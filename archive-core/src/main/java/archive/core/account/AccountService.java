package archive.core.account;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.EventType;
import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.Objects;
import java.util.TreeSet;
import org.wildfly.security.password.Password;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.util.ModularCrypt;

/** Accounts and their credentials; every change an administrator makes is recorded in the event log. */
@ApplicationScoped
@Transactional
public class AccountService {

    /** Who created the bootstrap administrator, as the event log names it. */
    public static final String BOOTSTRAP_AGENT = "system:bootstrap";

    private static final WildFlyElytronPasswordProvider PROVIDER = new WildFlyElytronPasswordProvider();
    static final int MIN_PASSWORD_LENGTH = 12;
    /** bcrypt ignores everything after 72 bytes; a longer password would only pretend to be stronger. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final Clock clock;

    public AccountService(Clock clock) {
        this.clock = clock;
    }

    /**
     * Creates the account the configuration names as administrator unless it exists (its password is the operator's
     * choice, so the policy is not applied); returns whether it was created.
     */
    public boolean bootstrapAdministrator(String username, String password) {
        if (Account.findByIdOptional(username).isPresent()) {
            return false;
        }
        persistNew(username, password, Set.of(Roles.ADMIN, Roles.LIBRARIAN), BOOTSTRAP_AGENT);
        return true;
    }

    /** A new account, created by an administrator; names, passwords and roles are checked. */
    public Account create(String username, String password, Set<String> roles, String actor) {
        if (!Account.isValidName(username)) {
            throw AccountRejectedException.invalid("An account name is 1 to 64 letters, digits, '.', '_', '@' or "
                    + "'-', starting with a letter or digit; '" + username + "' is not one.");
        }
        checkPassword(password);
        checkRoles(roles);
        if (Account.findByIdOptional(username).isPresent()) {
            throw AccountRejectedException.conflict("An account named '" + username + "' already exists.");
        }
        return persistNew(username, password, roles, actor);
    }

    /** Applies the changes that are present, each recorded as its own event. */
    public Account update(String username, AccountChange change, String actor) {
        Account account = find(username).orElseThrow(() -> new AccountNotFoundException(username));
        change.roles().ifPresent(roles -> changeRoles(account, roles, actor));
        change.enabled().ifPresent(enabled -> changeEnabled(account, enabled, actor));
        change.password().ifPresent(password -> {
            checkPassword(password);
            account.passwordHash = BcryptUtil.bcryptHash(password);
            ArchiveEvent.ofAccount(clock.instant(), EventType.ACCOUNT_PASSWORD_CHANGED, username, actor, "password changed").persist();
        });
        return account;
    }

    public List<Account> list() {
        return Account.list("order by username");
    }

    public Optional<Account> find(String username) {
        return Account.isValidName(username) ? Account.findByIdOptional(username) : Optional.empty();
    }

    /** The account if it exists and may sign in. */
    public Optional<Account> active(String username) {
        return find(username).filter(a -> a.enabled);
    }

    public List<ArchiveEvent> events(String username) {
        if (find(username).isEmpty()) {
            throw new AccountNotFoundException(username);
        }
        return ArchiveEvent.list("accountName = ?1 and documentId is null order by occurredAt, id", username);
    }

    /** The enabled account these credentials prove, if they do. */
    public Optional<Account> authenticate(String username, char[] password) {
        Optional<Account> account = active(username);
        boolean matches = matches(account.map(a -> a.passwordHash).orElseGet(UnknownAccount::hash), password);
        return account.filter(a -> matches);
    }

    private Account persistNew(String username, String password, Set<String> roles, String actor) {
        Account account = new Account();
        account.username = username;
        account.createdAt = clock.instant();
        account.passwordHash = BcryptUtil.bcryptHash(password);
        account.roles = Account.joinRoles(roles);
        account.enabled = true;
        account.persist();
        ArchiveEvent.ofAccount(clock.instant(), EventType.ACCOUNT_CREATED, username, actor, "created with roles " + account.roles)
                .persist();
        return account;
    }

    private void changeRoles(Account account, Set<String> roles, String actor) {
        checkRoles(roles);
        String before = account.roles;
        String after = Account.joinRoles(roles);
        if (before.equals(after)) {
            return;
        }
        if (account.enabled && account.roleSet().contains(Roles.ADMIN) && !roles.contains(Roles.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        account.roles = after;
        ArchiveEvent.ofAccount(clock.instant(), EventType.ACCOUNT_ROLES_CHANGED, account.username, actor,
                "roles " + before + " -> " + after).persist();
    }

    private void changeEnabled(Account account, boolean enabled, String actor) {
        if (account.enabled == enabled) {
            return;
        }
        if (!enabled && account.roleSet().contains(Roles.ADMIN)) {
            requireAnotherAdministrator(account);
        }
        account.enabled = enabled;
        ArchiveEvent.ofAccount(clock.instant(), enabled ? EventType.ACCOUNT_ENABLED : EventType.ACCOUNT_DISABLED, account.username,
                actor, enabled ? "may sign in again" : "may no longer sign in; its tokens stop working").persist();
    }

    /** Nobody could administer the archive any more (short of editing the database). */
    private static void requireAnotherAdministrator(Account leaving) {
        boolean another = Account.<Account>list("enabled = true and username <> ?1", leaving.username).stream()
                .anyMatch(a -> a.roleSet().contains(Roles.ADMIN));
        if (!another) {
            throw AccountRejectedException.conflict("'" + leaving.username + "' is the last enabled administrator; "
                    + "give another account the 'admin' role first.");
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw AccountRejectedException.invalid("A password has at least " + MIN_PASSWORD_LENGTH
                    + " characters and at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (bcrypt ignores the rest).");
        }
    }

    private static void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty() || roles.stream().anyMatch(Objects::isNull)
                || !Roles.ALL.containsAll(roles)) {
            throw AccountRejectedException.invalid("Roles are a non-empty list of " + new TreeSet<>(Roles.ALL)
                    + "; got " + roles + ".");
        }
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

    /**
     * Checked when the account does not exist, so a login takes as long either way and names cannot be probed.
     * Hashed on the first such login, not at start-up: bcrypt is slow on purpose.
     */
    private static final class UnknownAccount {
        private static final String HASH = BcryptUtil.bcryptHash("unknown account");

        static String hash() {
            return HASH;
        }
    }
}
