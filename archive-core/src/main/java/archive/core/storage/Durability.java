package archive.core.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * fsync for files and the directories that name them. ocfl-java moves versions into place but does not flush them;
 * an archive may only acknowledge what survives a power cut.
 */
final class Durability {

    private Durability() {
    }

    static void sync(Path root, Collection<Path> files) {
        Set<Path> directories = new LinkedHashSet<>();
        for (Path file : files) {
            force(file, false);
            for (Path dir = file.getParent(); dir != null && dir.startsWith(root); dir = dir.getParent()) {
                directories.add(dir);
            }
        }
        directories.forEach(dir -> force(dir, true));
    }

    private static void force(Path path, boolean directory) {
        if (!Files.exists(path)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems refuse to open directories for fsync; the files themselves were flushed.
            if (!directory) {
                throw new UncheckedIOException("Cannot flush " + path, e);
            }
        }
    }
}
