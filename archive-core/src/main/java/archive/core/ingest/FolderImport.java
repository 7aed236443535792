package archive.core.ingest;

import archive.core.ArchiveException;
import archive.core.config.ArchiveConfig;
import archive.core.ingest.ImportReport.FileOutcome;
import archive.core.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jboss.logging.Logger;

/**
 * Bulk import of a server-side folder through the one ingest path, reporting every file's outcome. It answers once
 * every file is archived (stored and catalogued, durably); metadata and provenance of the new documents are derived
 * afterwards, in the background.
 */
@ApplicationScoped
public class FolderImport {

    private static final Logger LOG = Logger.getLogger(FolderImport.class);
    /** Files that share one journal flush, one store flush and one catalog transaction. */
    private static final int BATCH_SIZE = 200;

    private final IngestService ingest;
    private final Derivations derivations;
    private final Path allowedRoot;

    public FolderImport(IngestService ingest, Derivations derivations, ArchiveConfig config) {
        this.ingest = ingest;
        this.derivations = derivations;
        this.allowedRoot = config.imports().root();
    }

    public ImportReport importFolder(String folder, String agent) {
        Path directory = resolveInsideRoot(folder);
        List<Path> files = files(directory);
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        try {
            for (int start = 0; start < files.size(); start += BATCH_SIZE) {
                outcomes.addAll(importBatch(directory,
                        files.subList(start, Math.min(start + BATCH_SIZE, files.size())), agent));
            }
        } finally {
            derivations.deriveQueuedInBackground();
        }
        ImportReport report = ImportReport.of(directory.toString(), outcomes);
        LOG.infof("bulk import of %s by %s: %d imported, %d duplicate, %d rejected", directory, agent,
                report.imported(), report.duplicates(), report.rejected());
        return report;
    }

    private List<FileOutcome> importBatch(Path directory, List<Path> files, String agent) {
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        List<Integer> readable = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                uploads.add(new Upload(Files.readAllBytes(files.get(i)), files.get(i).getFileName().toString(),
                        agent));
                readable.add(i);
            } catch (IOException e) {
                outcomes[i] = FileOutcome.rejected(name(directory, files.get(i)), "cannot be read: " + e.getMessage());
            }
        }
        List<BatchOutcome> ingested = ingest.ingestAll(uploads);
        for (int k = 0; k < readable.size(); k++) {
            String name = name(directory, files.get(readable.get(k)));
            BatchOutcome outcome = ingested.get(k);
            outcomes[readable.get(k)] = outcome.isRefused() ? FileOutcome.rejected(name, outcome.rejection().getMessage())
                    : outcome.result().stored() ? FileOutcome.imported(name, outcome.result().document().id)
                    : FileOutcome.duplicate(name, outcome.result().document().id);
        }
        return Arrays.asList(outcomes);
    }

    private static String name(Path directory, Path file) {
        return directory.relativize(file).toString();
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
