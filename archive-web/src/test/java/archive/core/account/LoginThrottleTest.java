package archive.core.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Database;
import archive.core.config.ArchiveConfig;
import archive.core.storage.ContentDigest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Failures are counted in PostgreSQL, so those of every node count on each. */
@QuarkusTest
class LoginThrottleTest {

    private static final int KEPT_KEYS = 20;

    @Inject
    EntityManager entityManager;

    private final SettableClock clock = new SettableClock();
    private LoginThrottle throttle;

    @BeforeEach
    void emptyTable() throws SQLException {
        try (Connection connection = Database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("delete from login_failure");
        }
        throttle = new LoginThrottle(limits(3, 5, Duration.ofMinutes(10)), clock, entityManager, KEPT_KEYS);
    }

    @Test
    void blocksAnAccountAfterItsFailuresUntilTheOldestLeavesTheWindow() {
        Optional<String> account = Optional.of("alice");
        for (int i = 0; i < 3; i++) {
            throttle.check(account, Optional.empty());
            throttle.recordFailure(account, Optional.empty());
            clock.advance(Duration.ofMinutes(1));
        }
        LoginThrottledException refused = assertThrows(LoginThrottledException.class,
                () -> throttle.check(account, Optional.empty()));
        assertEquals(7 * 60, refused.retryAfterSeconds(), "the first failure leaves the window in 7 minutes");
        assertTrue(refused.getMessage().contains("for this account"));

        clock.advance(Duration.ofMinutes(7));
        assertDoesNotThrow(() -> throttle.check(account, Optional.empty()));
        throttle.recordFailure(account, Optional.empty());
        assertThrows(LoginThrottledException.class, () -> throttle.check(account, Optional.empty()),
                "the two later failures still count");
    }

    @Test
    void blocksAnAddressWhateverAccountsItTries() {
        Optional<String> address = Optional.of("198.51.100.7");
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(Optional.of("name" + i), address);
        }
        LoginThrottledException refused = assertThrows(LoginThrottledException.class,
                () -> throttle.check(Optional.of("someone-else"), address));
        assertTrue(refused.getMessage().contains("from your address"));
        assertDoesNotThrow(() -> throttle.check(Optional.of("someone-else"), Optional.of("198.51.100.8")));
    }

    @Test
    void retryAfterIsAtLeastOneSecond() {
        Optional<String> account = Optional.of("bob");
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(account, Optional.empty());
        }
        clock.advance(Duration.ofMinutes(10).minusMillis(1));
        assertEquals(1, assertThrows(LoginThrottledException.class,
                () -> throttle.check(account, Optional.empty())).retryAfterSeconds());
    }

    @Test
    void keepsTrackingBoundedWhenStrangersInventNames() {
        LoginThrottle oneTry = new LoginThrottle(limits(1, 1000, Duration.ofMinutes(1)), clock, entityManager,
                KEPT_KEYS);
        for (int i = 0; i < KEPT_KEYS; i++) {
            oneTry.recordFailure(Optional.of("name" + i), Optional.empty());
        }
        oneTry.recordFailure(Optional.of("one too many"), Optional.empty());
        assertThrows(LoginThrottledException.class, () -> oneTry.check(Optional.of("name0"), Optional.empty()));
        assertDoesNotThrow(() -> oneTry.check(Optional.of("one too many"), Optional.empty()),
                "a full table tracks no new names");

        clock.advance(Duration.ofMinutes(2));
        oneTry.recordFailure(Optional.of("after the window"), Optional.empty());
        assertThrows(LoginThrottledException.class,
                () -> oneTry.check(Optional.of("after the window"), Optional.empty()),
                "expired names were swept to make room");
    }

    @Test
    void failuresAnotherNodeRecordedCountHere() throws SQLException {
        Optional<String> account = Optional.of("carol");
        // The other node saw two failures a minute apart, as its own FailureWindow writes them.
        try (Connection connection = Database.connect(); PreparedStatement insert = connection.prepareStatement(
                "insert into login_failure (scope, key_sha256, failed_at, last_failed_at) "
                        + "values ('account', ?, array[?, ?]::timestamptz[], ?)")) {
            OffsetDateTime first = OffsetDateTime.ofInstant(clock.instant().minus(Duration.ofMinutes(2)),
                    ZoneOffset.UTC);
            OffsetDateTime second = first.plusMinutes(1);
            insert.setBytes(1, HexFormat.of().parseHex(ContentDigest.sha256Hex(
                    "carol".getBytes(StandardCharsets.UTF_8))));
            insert.setObject(2, first);
            insert.setObject(3, second);
            insert.setObject(4, second);
            insert.executeUpdate();
        }
        assertDoesNotThrow(() -> throttle.check(account, Optional.empty()), "two failures of three");

        throttle.recordFailure(account, Optional.empty());

        LoginThrottledException refused = assertThrows(LoginThrottledException.class,
                () -> throttle.check(account, Optional.empty()));
        assertEquals(8 * 60, refused.retryAfterSeconds(), "the other node's first failure leaves in 8 minutes");
    }

    private static ArchiveConfig.Login limits(int perAccount, int perAddress, Duration window) {
        return new ArchiveConfig.Login() {
            @Override
            public int maxFailuresPerAccount() {
                return perAccount;
            }

            @Override
            public int maxFailuresPerAddress() {
                return perAddress;
            }

            @Override
            public Duration failureWindow() {
                return window;
            }
        };
    }

    /** Time that moves only when the test says so. */
    private static final class SettableClock extends Clock {
        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
