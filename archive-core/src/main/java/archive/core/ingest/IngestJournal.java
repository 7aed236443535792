package archive.core.ingest;

import archive.core.config.ArchiveConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * Write-ahead marks for documents whose OCFL write may be ahead of the catalog. A mark is made durable before the
 * store is touched and removed after the catalog commits, so start-up reconciles only what a crash interrupted
 * instead of scanning the whole store.
 */
@ApplicationScoped
public class IngestJournal {

    private static final String SUFFIX = ".pending";

    private final Path directory;

    @Inject
    public IngestJournal(ArchiveConfig config) {
        this(config.dataDir().resolve("journal"));
    }

    public IngestJournal(Path directory) {
        this.directory = directory;
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the ingest journal " + directory, e);
        }
    }

    public void begin(String documentId) {
        Path mark = directory.resolve(documentId + SUFFIX);
        try (FileChannel channel = FileChannel.open(mark, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ingest journal mark " + mark, e);
        }
    }

    /** Marks many documents at once: the marks are created, then made durable together by one directory flush. */
    public void beginAll(Collection<String> documentIds) {
        try {
            for (String documentId : documentIds) {
                Files.newByteChannel(directory.resolve(documentId + SUFFIX), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE).close();
            }
            try (FileChannel journal = FileChannel.open(directory, StandardOpenOption.READ)) {
                journal.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ingest journal marks in " + directory, e);
        }
    }

    public void end(String documentId) {
        try {
            Files.deleteIfExists(directory.resolve(documentId + SUFFIX));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<String> pending() {
        try (Stream<Path> marks = Files.list(directory)) {
            return marks.map(path -> path.getFileName().toString())
                    .filter(name -> name.endsWith(SUFFIX))
                    .map(name -> name.substring(0, name.length() - SUFFIX.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
