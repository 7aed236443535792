package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Bucket;
import archive.api.support.S3Archive;
import io.ocfl.api.model.VersionNum;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * What a kill leaves in a bucket while ocfl-java writes a version — its files arrive one PUT at a time, the root
 * inventory last — rebuilt through another S3 client, and repaired; and the PostgreSQL object lock the dead writer
 * held is let go, so the next write does not wait for it to expire.
 */
@QuarkusTest
@TestProfile(S3Archive.class)
class S3InterruptedWriteRepairTest {

    private static final byte[] FIRST = "first version".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECOND = "second version".getBytes(StandardCharsets.UTF_8);

    @Inject
    ObjectStore store;

    @Inject
    DataSource database;

    private final Bucket bucket = new Bucket();

    @AfterEach
    void closeBucket() {
        bucket.close();
    }

    @Test
    void dropsAVersionWhoseContentNeverArrived() {
        String id = objectWithVersions(2);
        String root = Bucket.objectRoot(id);
        rootInventoryStillAtV1(root);
        bucket.delete(root + "/v2/content/content.txt"); // v2's inventory arrived, its text did not

        assertRepairedTo(id, "v1", FIRST);
        assertEquals(List.of(), bucket.keys(root + "/v2/"));
    }

    @Test
    void rollsForwardToAVersionWhoseFilesAllArrived() {
        String id = objectWithVersions(2);
        rootInventoryStillAtV1(Bucket.objectRoot(id));

        assertRepairedTo(id, "v2", SECOND);
    }

    @Test
    void rollsForwardWhenTheKillCameBetweenTheRootInventoryAndItsSidecar() {
        String id = objectWithVersions(2);
        String root = Bucket.objectRoot(id);
        bucket.put(root + "/inventory.json.sha512", bucket.get(root + "/v1/inventory.json.sha512"));

        assertRepairedTo(id, "v2", SECOND);
    }

    @Test
    void removesAnObjectWhoseFirstVersionNeverCompleted() {
        String id = objectWithVersions(1);
        String root = Bucket.objectRoot(id);
        bucket.delete(root + "/inventory.json");
        bucket.delete(root + "/inventory.json.sha512");
        bucket.delete(root + "/v1/content/content.txt");

        assertTrue(store.repairInterruptedWrite(id).isPresent());
        assertEquals(List.of(), bucket.keys(root + "/"));
        assertEquals(Optional.empty(), store.head(id));
        store.write(id, Optional.empty(), FIRST, meta(1), "alice", "ingestion"); // the id is free again
    }

    @Test
    void releasesTheObjectLockOfAWriterThatDied() throws SQLException {
        String id = objectWithVersions(1);
        // However recent (ocfl-java would keep it for an hour): the repair runs under the document's lock across
        // nodes, so whoever took this one is gone.
        lock(id);

        assertEquals(Optional.empty(), store.repairInterruptedWrite(id), "the object itself is intact");

        assertFalse(locked(id));
        store.write(id, Optional.of(VersionNum.V1), SECOND, meta(2), "alice", "new-version"); // no wait, no refusal
        assertEquals(Optional.of(VersionNum.fromString("v2")), store.head(id));
    }

    private void assertRepairedTo(String id, String head, byte[] text) {
        assertTrue(store.repairInterruptedWrite(id).isPresent());
        assertEquals(Optional.of(VersionNum.fromString(head)), store.head(id));
        assertArrayEquals(text, store.readText(id, VersionNum.fromString(head)));
        assertEquals(List.of(), store.validate(id));
        assertEquals(Optional.empty(), store.repairInterruptedWrite(id), "a repaired object needs nothing more");
    }

    /** A fresh object with 1 or 2 versions, written through the store. */
    private String objectWithVersions(int versions) {
        String id = String.format("%016x", ThreadLocalRandom.current().nextLong());
        store.write(id, Optional.empty(), FIRST, meta(1), "alice", "ingestion");
        if (versions == 2) {
            store.write(id, Optional.of(VersionNum.V1), SECOND, meta(2), "alice", "new-version");
        }
        return id;
    }

    /** v2's files arrived, but the kill came before its inventory was PUT at the object root. */
    private void rootInventoryStillAtV1(String root) {
        bucket.put(root + "/inventory.json", bucket.get(root + "/v1/inventory.json"));
        bucket.put(root + "/inventory.json.sha512", bucket.get(root + "/v1/inventory.json.sha512"));
    }

    private void lock(String id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement insert = connection.prepareStatement(
                "insert into ocfl_object_lock (object_id, acquired_timestamp) values (?, ?)")) {
            insert.setString(1, id);
            insert.setTimestamp(2, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    private boolean locked(String id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement select = connection.prepareStatement(
                "select 1 from ocfl_object_lock where object_id = ?")) {
            select.setString(1, id);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static byte[] meta(int version) {
        return ("{\"textVersion\":" + version + "}").getBytes(StandardCharsets.UTF_8);
    }
}
