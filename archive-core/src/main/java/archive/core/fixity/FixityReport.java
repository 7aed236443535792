package archive.core.fixity;

import java.time.Instant;
import java.util.List;

/** The outcome of one audit: how much was checked and exactly which documents failed, and why. */
public record FixityReport(Instant startedAt, Instant finishedAt, int checked, int versionsChecked, int ok,
        List<Failure> failed) {

    public record Failure(String documentId, List<String> problems) {
    }
}
