package archive.core.ingest;

import archive.core.ingest.ImportReport.FileOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Files on this server (a folder's, a bag's payload) as new documents through the one ingest path, in batches that
 * share one intent commit, one store flush and one catalog transaction; every file's outcome is reported. The new
 * documents are left queued for derivation: the caller starts it.
 */
@ApplicationScoped
public class FileBatchImport {

    /** Files that share one intent commit, one store flush and one catalog transaction. */
    private static final int BATCH_SIZE = 200;

    private final IngestService ingest;

    public FileBatchImport(IngestService ingest) {
        this.ingest = ingest;
    }

    /** @param base what the report names the files relative to */
    public List<FileOutcome> importFiles(Path base, List<Path> files, String agent) {
        List<FileOutcome> outcomes = new ArrayList<>(files.size());
        for (int start = 0; start < files.size(); start += BATCH_SIZE) {
            outcomes.addAll(importBatch(base, files.subList(start, Math.min(start + BATCH_SIZE, files.size())),
                    agent));
        }
        return outcomes;
    }

    private List<FileOutcome> importBatch(Path base, List<Path> files, String agent) {
        FileOutcome[] outcomes = new FileOutcome[files.size()];
        List<Integer> readable = new ArrayList<>();
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            try {
                uploads.add(new Upload(Files.readAllBytes(files.get(i)), files.get(i).getFileName().toString(),
                        agent));
                readable.add(i);
            } catch (IOException e) {
                outcomes[i] = FileOutcome.rejected(name(base, files.get(i)), "cannot be read: " + e.getMessage());
            }
        }
        List<BatchOutcome> ingested = ingest.ingestAll(uploads);
        for (int k = 0; k < readable.size(); k++) {
            String name = name(base, files.get(readable.get(k)));
            BatchOutcome outcome = ingested.get(k);
            outcomes[readable.get(k)] = outcome.isRefused() ? FileOutcome.rejected(name, outcome.rejection().getMessage())
                    : outcome.result().stored() ? FileOutcome.imported(name, outcome.result().document().id)
                    : FileOutcome.duplicate(name, outcome.result().document().id);
        }
        return Arrays.asList(outcomes);
    }

    private static String name(Path base, Path file) {
        return base.relativize(file).toString();
    }
}
