package archive.core.rebuild;

import java.util.List;

/** What a rebuild did: objects read from the store, what it recorded, and the objects it could not replay. */
public record RebuildReport(int objects, int documentsRecorded, int versionsRecorded, long documentsInCatalog,
        List<Failure> failed) {

    public record Failure(String documentId, String reason) {
    }
}
