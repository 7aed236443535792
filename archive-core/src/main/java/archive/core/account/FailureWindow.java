package archive.core.account;

import archive.core.storage.ContentDigest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Optional;
import java.util.OptionalLong;
import org.hibernate.Session;

/**
 * Failures per key (an account name, an address) within a sliding window, in PostgreSQL ({@code login_failure}), so
 * every node counts every node's failures. Bounded: keys whose failures all left the window are pruned, and while the
 * scope still holds {@code maxKeys} keys new keys are not tracked, so the table cannot be filled by inventing names.
 */
final class FailureWindow {

    static final int MAX_KEYS = 100_000;

    private final EntityManager entityManager;
    private final String scope;
    private final int maxFailures;
    private final Duration window;
    private final Clock clock;
    private final int maxKeys;

    /** {@code scope}: {@code account} or {@code address}. */
    FailureWindow(EntityManager entityManager, String scope, int maxFailures, Duration window, Clock clock,
            int maxKeys) {
        this.entityManager = entityManager;
        this.scope = scope;
        this.maxFailures = maxFailures;
        this.window = window;
        this.clock = clock;
        this.maxKeys = maxKeys;
    }

    /** Seconds until the key may try again, if it has used up its failures. */
    OptionalLong blockedFor(String key) {
        Instant now = clock.instant();
        Deque<Instant> times = inTransaction(connection -> failures(connection, key, false))
                .map(found -> recent(found, now)).orElseGet(ArrayDeque::new);
        if (times.size() < maxFailures) {
            return OptionalLong.empty();
        }
        Duration wait = Duration.between(now, times.peekFirst().plus(window));
        return OptionalLong.of(Math.max(1, (wait.toMillis() + 999) / 1000));
    }

    void record(String key) {
        Instant now = clock.instant();
        inTransaction(connection -> {
            prune(connection, now.minus(window));
            Optional<Instant[]> found = failures(connection, key, true);
            if (found.isEmpty()) {
                if (keys(connection) >= maxKeys || insertFirst(connection, key, now)) {
                    return null;
                }
                found = failures(connection, key, true); // another node tracked it meanwhile
            }
            Deque<Instant> times = recent(found.orElseThrow(), now);
            times.addLast(now);
            while (times.size() > maxFailures) {
                times.removeFirst(); // older failures no longer decide when the key may try again
            }
            update(connection, key, times);
            return null;
        });
    }

    /** Oldest first, without those that left the window. */
    private Deque<Instant> recent(Instant[] failures, Instant now) {
        Instant horizon = now.minus(window);
        Deque<Instant> times = new ArrayDeque<>();
        Arrays.stream(failures).sorted().filter(time -> time.isAfter(horizon)).forEach(times::addLast);
        return times;
    }

    private Optional<Instant[]> failures(Connection connection, String key, boolean forUpdate)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select failed_at from login_failure "
                + "where scope = ? and key_sha256 = ?" + (forUpdate ? " for update" : ""))) {
            select.setString(1, scope);
            select.setBytes(2, sha256(key));
            try (ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Timestamp[] stored = (Timestamp[]) row.getArray(1).getArray();
                return Optional.of(Arrays.stream(stored).map(Timestamp::toInstant).toArray(Instant[]::new));
            }
        }
    }

    private void prune(Connection connection, Instant horizon) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from login_failure where scope = ? and last_failed_at <= ?")) {
            delete.setString(1, scope);
            delete.setObject(2, utc(horizon));
            delete.executeUpdate();
        }
    }

    private long keys(Connection connection) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "select count(*) from login_failure where scope = ?")) {
            count.setString(1, scope);
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** False if another node inserted the key first. */
    private boolean insertFirst(Connection connection, String key, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into login_failure "
                + "(scope, key_sha256, failed_at, last_failed_at) values (?, ?, ?, ?) on conflict do nothing")) {
            insert.setString(1, scope);
            insert.setBytes(2, sha256(key));
            insert.setArray(3, timestamps(connection, new Instant[] {now}));
            insert.setObject(4, utc(now));
            return insert.executeUpdate() == 1;
        }
    }

    private void update(Connection connection, String key, Deque<Instant> times) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update login_failure "
                + "set failed_at = ?, last_failed_at = ? where scope = ? and key_sha256 = ?")) {
            update.setArray(1, timestamps(connection, times.toArray(Instant[]::new)));
            update.setObject(2, utc(times.peekLast()));
            update.setString(3, scope);
            update.setBytes(4, sha256(key));
            update.executeUpdate();
        }
    }

    private static Array timestamps(Connection connection, Instant[] times) throws SQLException {
        return connection.createArrayOf("timestamptz",
                Arrays.stream(times).map(FailureWindow::utc).toArray(OffsetDateTime[]::new));
    }

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    /** Keys come from strangers: a fixed length, and no names or addresses kept in the clear. */
    private static byte[] sha256(String key) {
        return HexFormat.of().parseHex(ContentDigest.sha256Hex(key.getBytes(StandardCharsets.UTF_8)));
    }

    private <T> T inTransaction(Work<T> work) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.unwrap(Session.class)
                .doReturningWork(work::run));
    }

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }
}
