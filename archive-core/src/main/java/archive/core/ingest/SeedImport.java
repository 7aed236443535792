package archive.core.ingest;

import archive.core.catalog.Catalog;
import archive.core.config.ArchiveConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Imports the seed documents at start: those of the configured folder, or else the ones bundled in the application
 * (so the archive starts with them wherever it is installed and started from). A seed named
 * {@code NNN_<16 hex>.txt} keeps the 16 hex as its document id; a seed already in the catalog is skipped, so
 * restarts import nothing twice.
 */
@ApplicationScoped
public class SeedImport {

    static final String AGENT = "system:seed-import";
    /** Where the application bundles the seeds (a build step copies them, byte for byte, from seeds/). */
    public static final String BUNDLED = "archive/seeds/";
    /** The bundled seeds' file names, one a line: a folder inside a jar cannot be listed. */
    public static final String BUNDLED_INDEX = BUNDLED + "index.txt";
    private static final Pattern SEED_NAME = Pattern.compile("\\d{3}_([0-9a-f]{16})\\.txt");
    private static final Logger LOG = Logger.getLogger(SeedImport.class);

    private final IngestService ingest;
    private final Catalog catalog;
    private final Optional<Path> folder;

    public SeedImport(IngestService ingest, Catalog catalog, ArchiveConfig config) {
        this.ingest = ingest;
        this.catalog = catalog;
        this.folder = config.seeds().dir();
    }

    /** Returns how many seeds were newly archived. */
    public int importSeeds() {
        Source source = folder.<Source>map(FolderSource::new).orElseGet(BundledSource::new);
        Optional<List<String>> names = source.names();
        if (names.isEmpty()) {
            LOG.warnf("no seed folder at %s (ARCHIVE_SEEDS_DIR); no seeds imported", source);
            return 0;
        }
        int imported = 0;
        for (String fileName : names.get()) {
            Matcher name = SEED_NAME.matcher(fileName);
            if (!name.matches() || catalog.document(name.group(1)).isPresent()) {
                continue;
            }
            try {
                IngestResult result = ingest.ingestWithId(name.group(1),
                        new Upload(source.read(fileName), fileName, AGENT));
                imported += result.stored() ? 1 : 0;
            } catch (ContentRejectedException e) {
                LOG.warnf("seed %s not imported: %s", fileName, e.getMessage());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read seed " + fileName + " from " + source, e);
            }
        }
        LOG.infof("seed import from %s: %d new", source, imported);
        return imported;
    }

    private interface Source {
        /** The file names, in import order; empty if the source does not exist. */
        Optional<List<String>> names();

        byte[] read(String fileName) throws IOException;
    }

    private record FolderSource(Path folder) implements Source {

        @Override
        public Optional<List<String>> names() {
            if (!Files.isDirectory(folder)) {
                return Optional.empty();
            }
            try (Stream<Path> files = Files.list(folder)) {
                return Optional.of(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                        .sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot list the seed folder " + folder, e);
            }
        }

        @Override
        public byte[] read(String fileName) throws IOException {
            return Files.readAllBytes(folder.resolve(fileName));
        }

        @Override
        public String toString() {
            return folder.toAbsolutePath().toString();
        }
    }

    private record BundledSource() implements Source {

        @Override
        public Optional<List<String>> names() {
            try {
                return Optional.of(new String(bundled(BUNDLED_INDEX), StandardCharsets.UTF_8).lines()
                        .filter(line -> !line.isBlank()).sorted().toList());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the index of the bundled seeds", e);
            }
        }

        @Override
        public byte[] read(String fileName) throws IOException {
            return bundled(BUNDLED + fileName);
        }

        private static byte[] bundled(String resource) throws IOException {
            try (InputStream in = SeedImport.class.getClassLoader().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IOException(resource + " is not on the class path (the application bundles it)");
                }
                return in.readAllBytes();
            }
        }

        @Override
        public String toString() {
            return "the seeds bundled in the application";
        }
    }
}
