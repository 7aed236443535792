package archive.web.database;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** What matters of {@code postmaster.pid}: line 1 is the postmaster's pid, line 4 its port. */
record PostmasterPidFile(long pid, int port) {

    /** Empty when absent or incomplete (postgres writes the file in steps; a torn one is stale anyway). */
    static Optional<PostmasterPidFile> read(Path path) throws IOException {
        List<String> lines;
        try {
            // ISO-8859-1 decodes any byte; line 2 is the data directory, which need not be UTF-8.
            lines = Files.readAllLines(path, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            return Optional.of(new PostmasterPidFile(
                    Long.parseLong(lines.get(0).strip()), Integer.parseInt(lines.get(3).strip())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
