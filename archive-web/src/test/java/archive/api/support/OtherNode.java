package archive.api.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A database session of its own against the archive's database, playing another archive node: it takes the locks
 * that node would take (a document's, all detections') and can die the way a node does, its session ended by the
 * server. The keys are spelled out here as the cluster's contract, not borrowed from the code under test.
 */
public final class OtherNode implements AutoCloseable {

    /** The two-key advisory lock every provenance detection takes. */
    public static final int DETECTIONS_CLASS = 0x61726368;
    public static final int DETECTIONS_OBJECT = 1;

    private final Connection connection;

    public OtherNode() throws SQLException {
        this.connection = connect();
    }

    /** A document's advisory lock: its 16 hex digits read as one 64-bit key. */
    public static long documentKey(String documentId) {
        return Long.parseUnsignedLong(documentId, 16);
    }

    public void lockDocument(String documentId) throws SQLException {
        run("select pg_advisory_lock(?)", documentKey(documentId));
    }

    public void unlockDocument(String documentId) throws SQLException {
        run("select pg_advisory_unlock(?)", documentKey(documentId));
    }

    public void lockDetections() throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(?, ?)")) {
            lock.setInt(1, DETECTIONS_CLASS);
            lock.setInt(2, DETECTIONS_OBJECT);
            lock.execute();
        }
    }

    public void unlockDetections() throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("select pg_advisory_unlock(?, ?)")) {
            unlock.setInt(1, DETECTIONS_CLASS);
            unlock.setInt(2, DETECTIONS_OBJECT);
            unlock.execute();
        }
    }

    /** The node dies: the server ends its session (as it does when the node's connection drops). */
    public void die() throws SQLException {
        try (Connection survivor = connect(); PreparedStatement terminate = survivor.prepareStatement(
                "select pg_terminate_backend(?)")) {
            terminate.setInt(1, pid());
            terminate.execute();
        }
    }

    /** Whether some session waits for the document's lock. */
    public static boolean someoneWaitsForDocument(String documentId) throws SQLException {
        return waiting("objsubid = 1 and ((classid::bigint << 32) | objid::bigint) = ?", documentKey(documentId));
    }

    /** Whether some session waits for the detections' lock. */
    public static boolean someoneWaitsForDetections() throws SQLException {
        return waiting("objsubid = 2 and classid = " + DETECTIONS_CLASS + " and objid = " + DETECTIONS_OBJECT, null);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }

    private int pid() throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select pg_backend_pid()");
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    private void run(String sql, long key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key);
            statement.execute();
        }
    }

    private static boolean waiting(String condition, Long key) throws SQLException {
        try (Connection observer = connect(); PreparedStatement select = observer.prepareStatement(
                "select count(*) from pg_locks where locktype = 'advisory' and not granted and database = "
                        + "(select oid from pg_database where datname = current_database()) and " + condition)) {
            if (key != null) {
                select.setLong(1, key);
            }
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        }
    }

    private static Connection connect() throws SQLException {
        Config config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getOptionalValue("quarkus.datasource.username", String.class).orElse(null),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(null));
    }
}
