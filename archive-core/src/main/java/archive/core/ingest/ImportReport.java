package archive.core.ingest;

import archive.core.vocabulary.Coded;
import java.util.List;

/** Per-file outcome of a bulk import, with totals. */
public record ImportReport(String folder, int imported, int duplicates, int rejected, List<FileOutcome> files) {

    public static ImportReport of(String folder, List<FileOutcome> files) {
        return new ImportReport(folder, count(files, ImportOutcome.IMPORTED), count(files, ImportOutcome.DUPLICATE),
                count(files, ImportOutcome.REJECTED), files);
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
