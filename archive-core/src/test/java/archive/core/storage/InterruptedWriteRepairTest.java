package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ocfl.api.model.VersionNum;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each state a kill can leave an OCFL object in while ocfl-java writes it, rebuilt on disk, and repaired into a
 * valid object holding every complete version.
 */
class InterruptedWriteRepairTest {

    private static final String ID = "0123456789abcdef";
    private static final byte[] FIRST = "first version".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SECOND = "second version".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dataDir;

    @Test
    void removesAnObjectKilledBeforeItsFirstVersionArrived() throws IOException {
        Path objectRoot = writeVersions(1);
        delete(objectRoot.resolve("v1"));
        delete(objectRoot.resolve("inventory.json"));
        delete(objectRoot.resolve("inventory.json.sha512"));

        ObjectStore store = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        assertTrue(store.repairInterruptedWrite(ID).isPresent());
        assertFalse(Files.exists(objectRoot));
        assertEquals(Optional.empty(), store.head(ID));
        store.write(ID, Optional.empty(), FIRST, meta(1), "alice", "ingestion"); // the id is free again
    }

    @Test
    void completesAFirstVersionKilledBeforeItsRootInventory() throws IOException {
        Path objectRoot = writeVersions(1);
        delete(objectRoot.resolve("inventory.json.sha512"));
        Files.writeString(objectRoot.resolve("inventory.json"), "{\"id\": \"012"); // half copied

        assertRepairedTo("v1", FIRST);
    }

    @Test
    void rollsForwardToANewVersionKilledBeforeTheRootInventoryChanged() throws IOException {
        rootInventoryStillAtV1(writeVersions(2));

        assertRepairedTo("v2", SECOND);
    }

    @Test
    void rollsForwardWhenOnlyTheSidecarIsOld() throws IOException {
        Path objectRoot = writeVersions(2);
        copy(objectRoot.resolve("v1/inventory.json.sha512"), objectRoot.resolve("inventory.json.sha512"));

        assertRepairedTo("v2", SECOND);
    }

    @Test
    void dropsAVersionDirectoryWithoutItsInventory() throws IOException {
        Path objectRoot = writeVersions(2);
        rootInventoryStillAtV1(objectRoot);
        delete(objectRoot.resolve("v2/inventory.json"));

        assertRepairedTo("v1", FIRST);
        assertFalse(Files.exists(objectRoot.resolve("v2")));
    }

    @Test
    void leavesAnIntactObjectAlone() throws IOException {
        writeVersions(2);
        ObjectStore store = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        assertEquals(Optional.empty(), store.repairInterruptedWrite(ID));
        assertEquals(Optional.empty(), store.repairInterruptedWrite("fedcba9876543210"), "no such object");
    }

    private void assertRepairedTo(String head, byte[] text) {
        ObjectStore store = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        assertTrue(store.repairInterruptedWrite(ID).isPresent());
        assertEquals(Optional.of(VersionNum.fromString(head)), store.head(ID));
        assertArrayEquals(text, store.readText(ID, VersionNum.fromString(head)));
        assertEquals(java.util.List.of(), store.validate(ID));
        assertEquals(Optional.empty(), store.repairInterruptedWrite(ID), "a repaired object needs nothing more");
    }

    /** Writes the object with 1 or 2 versions through the store, then returns its directory for tampering. */
    private Path writeVersions(int versions) throws IOException {
        ObjectStore store = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        store.write(ID, Optional.empty(), FIRST, meta(1), "alice", "ingestion");
        if (versions == 2) {
            store.write(ID, Optional.of(VersionNum.V1), SECOND, meta(2), "alice", "new-version");
        }
        try (Stream<Path> files = Files.walk(((FileSystemBackend) store.backend()).root())) {
            return files.filter(p -> p.getFileName().toString().equals(InterruptedWriteRepair.DECLARATION))
                    .map(Path::getParent).findFirst().orElseThrow();
        }
    }

    /** v2 moved into the object, but the kill came before its inventory was copied to the root. */
    private static void rootInventoryStillAtV1(Path objectRoot) throws IOException {
        copy(objectRoot.resolve("v1/inventory.json"), objectRoot.resolve("inventory.json"));
        copy(objectRoot.resolve("v1/inventory.json.sha512"), objectRoot.resolve("inventory.json.sha512"));
    }

    private static void copy(Path from, Path to) throws IOException {
        assertFalse(Arrays.equals(Files.readAllBytes(from), Files.readAllBytes(to)), "the copy changes something");
        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void delete(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static byte[] meta(int version) {
        return ("{\"textVersion\":" + version + "}").getBytes(StandardCharsets.UTF_8);
    }
}
