package archive.core.cluster;

import archive.api.support.Database;
import archive.core.catalog.EventType;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import archive.core.storage.StoredVersion;
import io.ocfl.api.model.VersionNum;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Plays a second archive node on the test's database: its own JDBC connections, writing what that node would
 * write and notifying as its {@link ChangeNotifier} would, committed or rolled back.
 */
final class OtherNode {

    static final String ID = "other-node/1/000000";
    private static final String AGENT = "librarian-on-the-other-node";

    /**
     * A new text version of the document as the other node archives it: the OCFL version (the store is shared),
     * then the catalog rows with their notification in one transaction, which commits.
     */
    void archiveVersion(ObjectStore store, ObjectMetadataCodec codec, String documentId, byte[] text)
            throws SQLException {
        try (Connection connection = transaction()) {
            int number = currentVersion(connection, documentId) + 1;
            VersionNum head = store.head(documentId).orElseThrow();
            ObjectMetadata previous = codec.read(store.readMetadata(documentId, head));
            Instant now = Instant.now();
            String sha256 = ContentDigest.sha256Hex(text);
            ObjectMetadata metadata = new ObjectMetadata(ObjectMetadata.SCHEMA, documentId, number, sha256,
                    text.length, "text/plain", "story.txt", now, AGENT, EventType.NEW_VERSION,
                    previous.corrections(), previous.provenanceDecisions());
            StoredVersion stored = store.write(documentId, Optional.of(head), text, codec.write(metadata), AGENT,
                    "new-version of text version " + number);
            recordVersion(connection, documentId, number, sha256, stored, text.length, now);
            notify(connection, ChangeNotice.Kind.VERSIONS, documentId);
            connection.commit();
        }
    }

    /** The catalog rows of a new version and their notification, in a transaction that then rolls back. */
    void archiveVersionAndRollBack(String documentId, byte[] text) throws SQLException {
        try (Connection connection = transaction()) {
            int number = currentVersion(connection, documentId) + 1;
            ContentDigest digest = ContentDigest.of(text);
            recordVersion(connection, documentId, number, digest.sha256(),
                    new StoredVersion(VersionNum.fromInt(99), digest.sha512()), text.length, Instant.now());
            notify(connection, ChangeNotice.Kind.VERSIONS, documentId);
            connection.rollback();
        }
    }

    /**
     * A librarian's decision on an existing provenance link, as the other node records it in the catalog (its
     * metadata version in the store is beside the point here), committed.
     */
    void decide(String derivedId, String sourceId, String status) throws SQLException {
        try (Connection connection = transaction(); PreparedStatement decide = connection.prepareStatement(
                "update provenance_link set status = ?, decided_by = ?, decided_at = now() "
                        + "where derived_id = ? and source_id = ?")) {
            decide.setString(1, status);
            decide.setString(2, AGENT);
            decide.setString(3, derivedId);
            decide.setString(4, sourceId);
            if (decide.executeUpdate() != 1) {
                throw new IllegalStateException("no link " + derivedId + " -> " + sourceId);
            }
            notify(connection, ChangeNotice.Kind.METADATA, derivedId);
            connection.commit();
        }
    }

    /** Ends the sessions that listen for notifications, as a restarted or unreachable database would. */
    int terminateListeners() throws SQLException {
        try (Connection connection = Database.connect();
                PreparedStatement terminate = connection.prepareStatement("select count(pg_terminate_backend(pid)) "
                        + "from pg_stat_activity where application_name = ? and datname = current_database()")) {
            terminate.setString(1, ChangeListener.APPLICATION_NAME);
            try (ResultSet row = terminate.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    /** Runs one statement in a transaction of its own, as the other node would. */
    void execute(String sql) throws SQLException {
        try (Connection connection = Database.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private Connection transaction() throws SQLException {
        Connection connection = Database.connect();
        connection.setAutoCommit(false);
        return connection;
    }

    private static int currentVersion(Connection connection, String documentId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select current_version from document where id = ? for update")) {
            select.setString(1, documentId);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static void recordVersion(Connection connection, String documentId, int number, String sha256,
            StoredVersion stored, long size, Instant at) throws SQLException {
        OffsetDateTime createdAt = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        try (PreparedStatement version = connection.prepareStatement("insert into document_version (document_id, "
                + "number, sha256, sha512, size, media_type, original_file_name, ocfl_version, created_at, "
                + "created_by) values (?, ?, ?, ?, ?, 'text/plain', 'story.txt', ?, ?, ?)");
                PreparedStatement document = connection.prepareStatement("update document set current_version = ?, "
                        + "ocfl_head = ?, updated_at = ? where id = ?");
                PreparedStatement event = connection.prepareStatement("insert into archive_event (document_id, "
                        + "version_number, type, outcome, agent, occurred_at, detail) "
                        + "values (?, ?, 'new-version', 'success', ?, ?, 'archived by the other node')");
                PreparedStatement queue = connection.prepareStatement("insert into derivation_queue (document_id) "
                        + "values (?) on conflict do nothing")) {
            version.setString(1, documentId);
            version.setInt(2, number);
            version.setString(3, sha256);
            version.setString(4, stored.sha512());
            version.setLong(5, size);
            version.setString(6, stored.ocflVersion().toString());
            version.setObject(7, createdAt);
            version.setString(8, AGENT);
            version.executeUpdate();
            document.setInt(1, number);
            document.setString(2, stored.ocflVersion().toString());
            document.setObject(3, createdAt);
            document.setString(4, documentId);
            document.executeUpdate();
            event.setString(1, documentId);
            event.setInt(2, number);
            event.setString(3, AGENT);
            event.setObject(4, createdAt);
            event.executeUpdate();
            queue.setString(1, documentId);
            queue.executeUpdate();
        }
    }

    private static void notify(Connection connection, ChangeNotice.Kind kind, String documentId)
            throws SQLException {
        try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
            notify.setString(1, ChangeNotice.CHANNEL);
            notify.setString(2, new ChangeNotice(ID, kind, List.of(documentId)).payload());
            notify.execute();
        }
    }
}
