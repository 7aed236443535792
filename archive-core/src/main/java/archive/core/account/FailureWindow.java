package archive.core.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Failures per key (an account name, an address) within a sliding window. Bounded: expired keys are swept when the
 * table fills up, and while it is still full new keys are not tracked, so memory cannot be exhausted by inventing
 * names.
 */
final class FailureWindow {

    static final int MAX_KEYS = 100_000;

    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();

    FailureWindow(int maxFailures, Duration window, Clock clock) {
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
    }

    /** Seconds until the key may try again, if it has used up its failures. */
    OptionalLong blockedFor(String key) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return OptionalLong.empty();
        }
        Instant now = clock.instant();
        synchronized (times) {
            expire(times, now);
            if (times.size() < maxFailures) {
                return OptionalLong.empty();
            }
            Duration wait = Duration.between(now, times.peekFirst().plus(window));
            return OptionalLong.of(Math.max(1, (wait.toMillis() + 999) / 1000));
        }
    }

    void record(String key) {
        Instant now = clock.instant();
        if (!failures.containsKey(key) && failures.size() >= MAX_KEYS) {
            failures.values().removeIf(times -> {
                synchronized (times) {
                    expire(times, now);
                    return times.isEmpty();
                }
            });
            if (failures.size() >= MAX_KEYS) {
                return;
            }
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            expire(times, now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst(); // older failures no longer decide when the key may try again
            }
        }
    }

    private void expire(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }
}
