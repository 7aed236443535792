package archive.core.ingest;

import archive.core.catalog.Catalog;
import archive.core.config.ArchiveConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Imports the seed documents at start. A seed named {@code NNN_<16 hex>.txt} keeps the 16 hex as its document id;
 * a seed already in the catalog is skipped, so restarts import nothing twice.
 */
@ApplicationScoped
public class SeedImport {

    static final String AGENT = "system:seed-import";
    private static final Pattern SEED_NAME = Pattern.compile("\\d{3}_([0-9a-f]{16})\\.txt");
    private static final Logger LOG = Logger.getLogger(SeedImport.class);

    private final IngestService ingest;
    private final Catalog catalog;
    private final Path directory;

    public SeedImport(IngestService ingest, Catalog catalog, ArchiveConfig config) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.directory = config.seeds().dir();
    }

    /** Returns how many seeds were newly archived. */
    public int importSeeds() {
        if (!Files.isDirectory(directory)) {
            LOG.infof("no seed folder at %s; nothing to import", directory.toAbsolutePath());
            return 0;
        }
        int imported = 0;
        for (Path file : seedFiles()) {
            Matcher name = SEED_NAME.matcher(file.getFileName().toString());
            if (!name.matches() || catalog.document(name.group(1)).isPresent()) {
                continue;
            }
            try {
                IngestResult result = ingest.ingestWithId(name.group(1),
                        new Upload(Files.readAllBytes(file), file.getFileName().toString(), AGENT));
                imported += result.stored() ? 1 : 0;
            } catch (ContentRejectedException e) {
                LOG.warnf("seed %s not imported: %s", file.getFileName(), e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read seed " + file, e);
            }
        }
        LOG.infof("seed import from %s: %d new", directory.toAbsolutePath(), imported);
        return imported;
    }

    private List<Path> seedFiles() {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
