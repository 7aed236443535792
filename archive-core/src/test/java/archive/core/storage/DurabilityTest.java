package archive.core.storage;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurabilityTest {

    @TempDir
    Path root;

    @Test
    void theFileSystemOfAWrittenFileCanBeFlushedAtOnceOnLinux() throws Exception {
        Files.writeString(Files.createDirectories(root.resolve("a/b")).resolve("text.txt"), "kept");

        assertTrue(Durability.fileSystemSyncAvailable(root));
        assertDoesNotThrow(() -> Durability.syncFileSystem(root.resolve("a/b/text.txt")));
    }

    @Test
    void aFileSystemFlushThatCannotBeDoneFailsInsteadOfPassingForDurable() {
        Path missing = root.resolve("no-such-folder");

        UncheckedIOException failure = assertThrows(UncheckedIOException.class,
                () -> Durability.syncFileSystem(missing));
        assertTrue(failure.getMessage().contains(missing.toString()), failure.getMessage());
    }

    @Test
    void filesAndTheDirectoriesNamingThemAreFlushedOneByOneSkippingAFileGoneMeanwhile() throws Exception {
        Path file = Files.createDirectories(root.resolve("x/y")).resolve("text.txt");
        Files.writeString(file, "kept");

        assertDoesNotThrow(() -> new Durability(Runnable::run).sync(root, List.of(file, root.resolve("x/y/gone.txt"))));
    }
}
