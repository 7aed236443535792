package archive.core.account;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.EventType;
import archive.core.storage.ContentDigest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * Personal API tokens: {@value #PREFIX} followed by 256 random bits. Only their SHA-256 is stored — a slow password
 * hash would add nothing against secrets that cannot be guessed, and a fast one keeps each request cheap. A token
 * acts with its owner's current roles and stops working when it expires, is revoked, or its owner is disabled.
 */
@ApplicationScoped
@Transactional
public class TokenService {

    /** Lets secret scanners and people recognise an archive token. */
    public static final String PREFIX = "archive_";
    private static final int SECRET_BYTES = 32;
    private static final int MAX_NAME_LENGTH = 100;
    /** Far enough for any real use; a later instant is a mistake (and beyond what the database stores). */
    private static final Duration MAX_LIFETIME = Duration.ofDays(3660);

    private final SecureRandom random = new SecureRandom();
    private final AccountService accounts;

    private final Clock clock;

    public TokenService(AccountService accounts, Clock clock) {
        this.clock = clock;
        this.accounts = accounts;
    }

    public IssuedToken create(String owner, String name, Optional<Instant> expiresAt, String actor) {
        Account account = accounts.active(owner).orElseThrow(() -> new AccountNotFoundException(owner));
        Instant now = clock.instant();
        if (name == null || name.isBlank() || name.length() > MAX_NAME_LENGTH
                || name.codePoints().anyMatch(Character::isISOControl)) {
            throw AccountRejectedException.invalid("A token needs a name of 1 to " + MAX_NAME_LENGTH
                    + " printable characters saying what it is for.");
        }
        if (expiresAt.isPresent() && !expiresAt.get().isAfter(now)) {
            throw AccountRejectedException.invalid("The expiry " + expiresAt.get() + " is not in the future.");
        }
        if (expiresAt.isPresent() && expiresAt.get().isAfter(now.plus(MAX_LIFETIME))) {
            throw AccountRejectedException.invalid("A token expires within ten years; leave out \"expiresAt\" for "
                    + "one that never expires.");
        }
        byte[] secretBytes = new byte[SECRET_BYTES];
        random.nextBytes(secretBytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secretBytes);

        ApiToken token = new ApiToken();
        token.accountName = account.username;
        token.name = name.strip();
        token.secretSha256 = hash(secret);
        token.createdAt = now;
        token.createdBy = actor;
        token.expiresAt = expiresAt.orElse(null);
        token.persist();
        ArchiveEvent.ofAccount(clock.instant(), EventType.TOKEN_CREATED, owner, actor, "token " + token.id + " '" + token.name + "'"
                + expiresAt.map(at -> ", expires " + at).orElse(", no expiry")).persist();
        return new IssuedToken(token, secret);
    }

    public List<ApiToken> list(String owner) {
        return Account.isValidName(owner) ? ApiToken.list("accountName = ?1 order by id", owner) : List.of();
    }

    /** Revokes a token of {@code actor}'s own, or anyone's when {@code mayRevokeAny}; revoking twice is fine. */
    public ApiToken revoke(long id, String actor, boolean mayRevokeAny) {
        ApiToken token = ApiToken.<ApiToken>findByIdOptional(id)
                .filter(t -> mayRevokeAny || t.accountName.equals(actor))
                .orElseThrow(() -> new TokenNotFoundException(id));
        if (token.revokedAt == null) {
            token.revokedAt = clock.instant();
            token.revokedBy = actor;
            ArchiveEvent.ofAccount(clock.instant(), EventType.TOKEN_REVOKED, token.accountName, actor,
                    "token " + token.id + " '" + token.name + "'").persist();
        }
        return token;
    }

    /** The active account a presented secret belongs to, if the token is still usable. */
    public Optional<Account> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return ApiToken.<ApiToken>find("secretSha256", hash(secret)).firstResultOptional()
                .filter(token -> token.usableAt(now))
                .flatMap(token -> accounts.active(token.accountName));
    }

    private static String hash(String secret) {
        return ContentDigest.sha256Hex(secret.getBytes(StandardCharsets.UTF_8));
    }
}
