package archive.core.ingest;

import archive.core.catalog.DocumentId;
import archive.core.config.ArchiveConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Write-ahead marks for documents whose OCFL write may be ahead of the catalog. A mark is made durable before the
 * store is touched and removed after the catalog commits, so start-up reconciles only what a crash interrupted
 * instead of scanning the whole store.
 * <p>
 * One document's mark is an empty file named after it; a batch's is one file listing its documents. A file deleted
 * makes the next files created near it slower to allocate on some file systems (ext4 scans past recently freed
 * inodes), so a bulk import removes one file per batch, not one per document.
 */
@ApplicationScoped
public class IngestJournal {

    private static final String SUFFIX = ".pending";
    private static final String BATCH_PREFIX = "batch-";

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

    /** Marks one document; the mark is durable when this returns. */
    public Mark begin(String documentId) {
        Path mark = directory.resolve(documentId + SUFFIX);
        try (FileChannel channel = FileChannel.open(mark, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ingest journal mark " + mark, e);
        }
        return new Mark(mark, List.of(documentId));
    }

    /** Marks many documents with one file listing them; durable (file and directory) when this returns. */
    public Mark beginAll(Collection<String> documentIds) {
        Path mark = directory.resolve(BATCH_PREFIX + UUID.randomUUID() + SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(mark, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer listing = ByteBuffer.wrap((String.join("\n", documentIds) + "\n")
                        .getBytes(StandardCharsets.US_ASCII));
                while (listing.hasRemaining()) {
                    channel.write(listing);
                }
                channel.force(true);
            }
            try (FileChannel journal = FileChannel.open(directory, StandardOpenOption.READ)) {
                journal.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the ingest journal mark " + mark, e);
        }
        return new Mark(mark, List.copyOf(documentIds));
    }

    public void end(Mark mark) {
        try {
            Files.deleteIfExists(mark.file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The marks a crash left, oldest names first. */
    public List<Mark> pending() {
        try (Stream<Path> marks = Files.list(directory)) {
            return marks.filter(path -> path.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .map(IngestJournal::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Mark read(Path mark) {
        String name = mark.getFileName().toString();
        if (!name.startsWith(BATCH_PREFIX)) {
            return new Mark(mark, List.of(name.substring(0, name.length() - SUFFIX.length())));
        }
        try {
            // A listing cut short by a crash names documents whose writes never began: only whole ids count.
            return new Mark(mark, Arrays.stream(Files.readString(mark, StandardCharsets.US_ASCII).split("\n"))
                    .filter(DocumentId::isValid)
                    .toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the ingest journal mark " + mark, e);
        }
    }

    /** One mark file and the documents it names. */
    public record Mark(Path file, List<String> documentIds) {
    }
}
