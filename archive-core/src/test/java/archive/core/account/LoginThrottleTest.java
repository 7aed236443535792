package archive.core.account;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.config.ArchiveConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final SettableClock clock = new SettableClock();
    private final LoginThrottle throttle = new LoginThrottle(limits(3, 5, Duration.ofMinutes(10)), clock);

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
        FailureWindow window = new FailureWindow(1, Duration.ofMinutes(1), clock);
        for (int i = 0; i < FailureWindow.MAX_KEYS; i++) {
            window.record("name" + i);
        }
        window.record("one too many");
        assertTrue(window.blockedFor("name0").isPresent());
        assertTrue(window.blockedFor("one too many").isEmpty(), "a full table tracks no new names");

        clock.advance(Duration.ofMinutes(2));
        window.record("after the window");
        assertTrue(window.blockedFor("after the window").isPresent(), "expired names were swept to make room");
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
