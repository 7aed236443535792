package archive.core.ingest;

import archive.core.ArchiveException;
import archive.core.bags.BagReceiver;
import archive.core.config.ArchiveConfig;
import archive.core.ingest.ImportReport.FileOutcome;
import archive.core.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Bulk import of a server-side folder through the one ingest path, reporting every file's outcome. It answers once
 * every file is archived (stored and catalogued, durably); metadata and provenance of the new documents are derived
 * afterwards, in the background. A folder that is a BagIt bag is a {@link BagImport}.
 */
@ApplicationScoped
public class FolderImport {

    private static final Logger LOG = Logger.getLogger(FolderImport.class);

    private final FileBatchImport batches;
    private final BagImport bags;
    private final Derivations derivations;
    private final Path allowedRoot;

    public FolderImport(FileBatchImport batches, BagImport bags, Derivations derivations, ArchiveConfig config) {
        this.batches = batches;
        this.bags = bags;
        this.derivations = derivations;
        this.allowedRoot = config.imports().root();
    }

    /** A folder that is a bag (it has a bagit.txt) is imported as one: verified first, then its payload. */
    public ImportReport importFolder(String folder, String agent) {
        Path directory = resolveInsideRoot(folder);
        if (BagReceiver.isBag(directory)) {
            return bags.importFolder(directory, agent);
        }
        List<FileOutcome> outcomes;
        try {
            outcomes = batches.importFiles(directory, files(directory), agent);
        } finally {
            derivations.deriveQueuedInBackground();
        }
        ImportReport report = ImportReport.of(directory.toString(), outcomes);
        LOG.infof("bulk import of %s by %s: %d imported, %d duplicate, %d rejected", directory, agent,
                report.imported(), report.duplicates(), report.rejected());
        return report;
    }

    private Path resolveInsideRoot(String folder) {
        if (folder == null || folder.isBlank()) {
            throw new ImportFolderException("Name the server-side folder to import (\"folder\").");
        }
        try {
            Path root = allowedRoot.toRealPath();
            Path requested = root.resolve(folder).normalize();
            if (!Files.isDirectory(requested)) {
                throw new ImportFolderException("'" + folder + "' is not a folder on the server.");
            }
            Path real = requested.toRealPath();
            if (!real.startsWith(root)) {
                throw new ImportFolderException("'" + folder + "' lies outside the import root " + root
                        + " (ARCHIVE_IMPORTS_ROOT).");
            }
            return real;
        } catch (IOException e) {
            throw new ImportFolderException("'" + folder + "' cannot be read: " + e.getMessage());
        } catch (InvalidPathException e) {
            throw new ImportFolderException("'" + folder + "' is not a path: " + e.getReason() + ".");
        }
    }

    private static List<Path> files(Path directory) {
        try (Stream<Path> walk = Files.walk(directory)) {
            return walk.filter(Files::isRegularFile)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class ImportFolderException extends ArchiveException {
        public ImportFolderException(String detail) {
            super(ProblemType.IMPORT_FOLDER, detail);
        }
    }
}
