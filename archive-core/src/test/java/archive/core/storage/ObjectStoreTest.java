package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.ocfl.api.model.VersionNum;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ObjectStoreTest {

    private static final VersionNum V1 = VersionNum.fromString("v1");
    private static final VersionNum V2 = VersionNum.fromString("v2");

    @TempDir
    Path dataDir;

    @Test
    void keepsEveryVersionByteExactWithItsSha512() {
        ObjectStore store = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        byte[] first = "first\r\nversion ".getBytes(StandardCharsets.UTF_8);
        byte[] second = "second version".getBytes(StandardCharsets.UTF_8);

        StoredVersion v1 = store.write("0123456789abcdef", Optional.empty(), first, meta(1), "alice", "ingestion");
        StoredVersion v2 = store.write("0123456789abcdef", Optional.of(V1), second, meta(2), "bob", "new-version");

        assertEquals(V1, v1.ocflVersion());
        assertEquals(V2, v2.ocflVersion());
        assertEquals(ContentDigest.of(first).sha512(), v1.sha512());
        assertArrayEquals(first, store.readText("0123456789abcdef", V1));
        assertArrayEquals(second, store.readText("0123456789abcdef", V2));
        assertEquals(List.of(V1, V2), store.versions("0123456789abcdef"));
        assertTrue(store.validate("0123456789abcdef").isEmpty());
    }

    @Test
    void refusesAWriteBasedOnAStaleHead() {
        ObjectStore store = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        store.write("0123456789abcdef", Optional.empty(), bytes("a"), meta(1), "alice", "ingestion");
        store.write("0123456789abcdef", Optional.of(V1), bytes("b"), meta(2), "alice", "new-version");

        assertThrows(ConcurrentVersionException.class, () -> store.write("0123456789abcdef", Optional.of(V1),
                bytes("c"), meta(2), "bob", "new-version"));
        assertThrows(ConcurrentVersionException.class, () -> store.write("0123456789abcdef", Optional.empty(),
                bytes("d"), meta(1), "bob", "ingestion"));
    }

    @Test
    void readsAndBuildsOnAVersionAnotherNodeWroteAfterThisOneCachedTheObject() {
        ObjectStore here = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        ObjectStore otherNode = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        here.write("0123456789abcdef", Optional.empty(), bytes("first"), meta(1), "alice", "ingestion");
        here.readText("0123456789abcdef", V1);

        otherNode.write("0123456789abcdef", Optional.of(V1), bytes("second"), meta(2), "bob", "new-version");

        assertArrayEquals(bytes("second"), here.readText("0123456789abcdef", V2));
        here.write("0123456789abcdef", Optional.of(V2), bytes("third"), meta(3), "alice", "new-version");
        assertArrayEquals(bytes("third"), otherNode.readText("0123456789abcdef", VersionNum.fromString("v3")));
        assertThrows(ConcurrentVersionException.class, () -> otherNode.write("0123456789abcdef", Optional.of(V2),
                bytes("lost update"), meta(3), "bob", "new-version"), "a stale head is still refused");
    }

    @Test
    void validationDetectsAFlippedByte() throws Exception {
        ObjectStore store = new ObjectStore(dataDir, Runnable::run, new SimpleMeterRegistry());
        store.write("0123456789abcdef", Optional.empty(), bytes("fixity matters"), meta(1), "alice", "ingestion");
        Path content;
        try (Stream<Path> files = Files.walk(((FileSystemBackend) store.backend()).root())) {
            content = files.filter(p -> p.getFileName().toString().equals(ObjectStore.TEXT_PATH)).findFirst()
                    .orElseThrow();
        }
        byte[] stored = Files.readAllBytes(content);
        stored[0] ^= 0x01;
        Files.write(content, stored);

        assertFalse(store.validate("0123456789abcdef").isEmpty());
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] meta(int version) {
        return ("{\"textVersion\":" + version + "}").getBytes(StandardCharsets.UTF_8);
    }
}
