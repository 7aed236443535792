package archive.core.ingest;

import archive.core.vocabulary.Coded;
import java.util.List;

/**
 * Per-file outcome of a bulk import, with totals. {@code folder} is the server-side folder imported (null for a bag
 * sent as a zip); {@code bag} is what was verified when the import was a bag (null for a plain folder).
 */
public record ImportReport(String folder, BagSummary bag, int imported, int duplicates, int rejected,
        List<FileOutcome> files) {

    public static ImportReport of(String folder, List<FileOutcome> files) {
        return of(folder, null, files);
    }

    public static ImportReport of(String folder, BagSummary bag, List<FileOutcome> files) {
        return new ImportReport(folder, bag, count(files, ImportOutcome.IMPORTED),
                count(files, ImportOutcome.DUPLICATE), count(files, ImportOutcome.REJECTED), files);
    }

    /**
     * A bag bagit-java found complete and valid before anything was stored: its folder's name, the algorithms of the
     * manifests every payload file matched, and how many payload files it has (not all are texts to import).
     */
    public record BagSummary(String name, List<String> manifests, int payloadFiles) {
    }

    private static int count(List<FileOutcome> files, ImportOutcome outcome) {
        return (int) files.stream().filter(f -> f.outcome() == outcome).count();
    }

    /** What became of one file. */
    public enum ImportOutcome implements Coded {
        IMPORTED("imported"),
        /** documentId names the document that already holds the bytes. */
        DUPLICATE("duplicate"),
        /** reason says why. */
        REJECTED("rejected");

        private final String code;

        ImportOutcome(String code) {
            this.code = code;
        }

        @Override
        public String code() {
            return code;
        }
    }

    public record FileOutcome(String file, ImportOutcome outcome, String documentId, String reason) {

        static FileOutcome imported(String file, String documentId) {
            return new FileOutcome(file, ImportOutcome.IMPORTED, documentId, null);
        }

        static FileOutcome duplicate(String file, String documentId) {
            return new FileOutcome(file, ImportOutcome.DUPLICATE, documentId, "already archived as " + documentId);
        }

        static FileOutcome rejected(String file, String reason) {
            return new FileOutcome(file, ImportOutcome.REJECTED, null, reason);
        }
    }
}
