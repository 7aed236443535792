package archive.core.ingest;

import archive.core.catalog.DocumentId;
import archive.core.config.ArchiveConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * The crash journal of earlier releases, files in {@code ARCHIVE_DATA_DIR/journal}: what a crash of such a release
 * left there is taken over as {@link WriteIntents} at the first start after the upgrade, so it is repaired as if this
 * release had been interrupted, and the folder is removed. A mark was an empty file named after its document or a
 * batch's file listing its documents.
 */
@ApplicationScoped
public class LegacyJournal {

    private static final Logger LOG = Logger.getLogger(LegacyJournal.class);
    private static final String SUFFIX = ".pending";

    private final Path directory;
    private final WriteIntents intents;

    public LegacyJournal(ArchiveConfig config, WriteIntents intents) {
        this.directory = config.dataDir().resolve("journal");
        this.intents = intents;
    }

    /** Records the folder's marks as write intents, then deletes it; nothing to do without the folder. */
    public void takeOver() {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (Stream<Path> files = Files.list(directory)) {
            for (Path mark : files.toList()) {
                if (mark.getFileName().toString().endsWith(SUFFIX)) {
                    List<String> ids = documentsOf(mark);
                    intents.begin(ids);
                    LOG.infof("took over the journal mark %s (%d document(s)) as write intents", mark.getFileName(),
                            ids.size());
                }
                Files.delete(mark);
            }
            Files.delete(directory);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot take over the journal " + directory, e);
        }
    }

    private static List<String> documentsOf(Path mark) throws IOException {
        String name = mark.getFileName().toString();
        if (!name.startsWith("batch-")) {
            return List.of(name.substring(0, name.length() - SUFFIX.length()));
        }
        // A listing cut short by a crash names documents whose writes never began: only whole ids count.
        return Arrays.stream(Files.readString(mark, StandardCharsets.US_ASCII).split("\n"))
                .filter(DocumentId::isValid).toList();
    }
}
