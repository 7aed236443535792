package archive.web.secrets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnerOnlySecretTest {

    @TempDir
    Path folder;

    @Test
    void createsA256BitSecretOnlyItsOwnerCanReadAndKeepsIt() throws Exception {
        Path file = folder.resolve("new/secret.key");
        String secret = OwnerOnlySecret.readOrCreate(file);

        assertEquals(32, Base64.getDecoder().decode(secret).length);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(secret, OwnerOnlySecret.readOrCreate(file));
        try (Stream<Path> files = Files.list(file.getParent())) {
            assertEquals(1, files.count(), "no staging file is left behind");
        }
        assertNotEquals(secret, OwnerOnlySecret.readOrCreate(folder.resolve("other.key")));
    }

    @Test
    void readsASecretThatExistsAlready() throws Exception {
        Path file = Files.writeString(folder.resolve("given.key"), "configured-by-hand\n");
        assertEquals("configured-by-hand", OwnerOnlySecret.readOrCreate(file));
    }
}
