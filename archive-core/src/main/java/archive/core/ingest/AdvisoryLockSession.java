package archive.core.ingest;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * One database connection holding PostgreSQL session advisory locks for one thread (see {@link DocumentLocks}). The
 * locks live as long as the session: released on {@link #close}, and by PostgreSQL itself when the connection or
 * the node holding it dies.
 */
final class AdvisoryLockSession implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(AdvisoryLockSession.class);

    private final Connection connection;
    private final Set<Long> held = new HashSet<>();

    private AdvisoryLockSession(Connection connection) {
        this.connection = connection;
    }

    static AdvisoryLockSession open(DataSource lockConnections) {
        try {
            Connection connection = lockConnections.getConnection();
            connection.setAutoCommit(true);
            return new AdvisoryLockSession(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot open a connection for document locks", e);
        }
    }

    boolean holds(long key) {
        return held.contains(key);
    }

    /**
     * Waits for the locks this session does not hold yet and returns them. One statement whatever their number:
     * PostgreSQL evaluates a query's output after its ORDER BY (since 9.6), so they are taken in ascending order.
     */
    List<Long> lock(List<Long> sortedKeys) {
        List<Long> added = sortedKeys.stream().filter(key -> !held.contains(key)).toList();
        if (added.isEmpty()) {
            return added;
        }
        run("select pg_advisory_lock(key) from unnest(?) as key order by key", added);
        held.addAll(added);
        return added;
    }

    /** Takes the lock if nobody else holds it now; never waits. */
    boolean tryLock(long key) {
        try (PreparedStatement statement = connection.prepareStatement("select pg_try_advisory_lock(?)")) {
            statement.setLong(1, key);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                if (row.getBoolean(1)) {
                    held.add(key);
                    return true;
                }
                return false;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot try the document lock " + Long.toHexString(key), e);
        }
    }

    void unlock(List<Long> keys) {
        if (keys.isEmpty()) {
            return;
        }
        run("select pg_advisory_unlock(key) from unnest(?) as key", keys);
        keys.forEach(held::remove);
    }

    /**
     * Lets go of every lock and returns the connection to the pool; if the locks cannot be released, the connection
     * is dropped instead, which releases them as surely.
     */
    @Override
    public void close() {
        try {
            try (PreparedStatement statement = connection.prepareStatement("select pg_advisory_unlock_all()")) {
                statement.execute();
            }
            connection.close();
        } catch (SQLException e) {
            LOG.warnf("dropping a document lock connection whose locks could not be released: %s", e.getMessage());
            try {
                connection.abort(Runnable::run);
            } catch (SQLException dropped) {
                LOG.debugf("the lock connection was gone already: %s", dropped.getMessage());
            }
        }
    }

    private void run(String sql, List<Long> keys) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("bigint", keys.toArray());
            statement.setArray(1, array);
            statement.execute(); // returns once the server has run the whole query: every lock taken (or let go)
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot lock or unlock documents " + keys.stream()
                    .map(Long::toHexString).toList(), e);
        }
    }
}
