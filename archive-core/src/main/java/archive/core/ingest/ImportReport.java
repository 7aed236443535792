package archive.core.ingest;

import java.util.List;

/** Per-file outcome of a bulk import, with totals. */
public record ImportReport(String folder, int imported, int duplicates, int rejected, List<FileOutcome> files) {

    public static ImportReport of(String folder, List<FileOutcome> files) {
        return new ImportReport(folder, count(files, "imported"), count(files, "duplicate"),
                count(files, "rejected"), files);
    }

    private static int count(List<FileOutcome> files, String outcome) {
        return (int) files.stream().filter(f -> f.outcome().equals(outcome)).count();
    }

    /** outcome is "imported", "duplicate" (documentId names the existing document) or "rejected" (with reason). */
    public record FileOutcome(String file, String outcome, String documentId, String reason) {

        static FileOutcome imported(String file, String documentId) {
            return new FileOutcome(file, "imported", documentId, null);
        }

        static FileOutcome duplicate(String file, String documentId) {
            return new FileOutcome(file, "duplicate", documentId, "already archived as " + documentId);
        }

        static FileOutcome rejected(String file, String reason) {
            return new FileOutcome(file, "rejected", null, reason);
        }
    }
}
