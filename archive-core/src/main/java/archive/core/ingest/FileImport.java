package archive.core.ingest;

import archive.core.ArchiveException;
import archive.core.ingest.ImportReport.FileOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One file of a batch (a server-side folder, a multi-file upload) through the one ingest path, its outcome reported
 * instead of thrown, so one bad file never stops the others.
 */
@ApplicationScoped
public class FileImport {

    private final IngestService ingest;

    public FileImport(IngestService ingest) {
        this.ingest = ingest;
    }

    /**
     * @param reportedName how the report names the file (a path inside the folder, or the name it was uploaded as)
     * @param file         where its bytes are
     * @param fileName     the name to archive it under
     */
    public FileOutcome importFile(String reportedName, Path file, String fileName, String agent) {
        try {
            IngestResult result = ingest.ingest(new Upload(Files.readAllBytes(file), fileName, agent));
            return result.stored() ? FileOutcome.imported(reportedName, result.document().id)
                    : FileOutcome.duplicate(reportedName, result.document().id);
        } catch (ArchiveException e) {
            return FileOutcome.rejected(reportedName, e.getMessage());
        } catch (IOException e) {
            return FileOutcome.rejected(reportedName, "cannot be read: " + e.getMessage());
        }
    }
}
