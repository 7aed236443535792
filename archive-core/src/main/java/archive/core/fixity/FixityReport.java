package archive.core.fixity;

import java.time.Instant;
import java.util.List;

/** The outcome of one audit: how much was checked and exactly which documents failed, how and why. */
public record FixityReport(Instant startedAt, Instant finishedAt, int checked, int versionsChecked, int ok,
        List<Failure> failed) {

    /** {@code kinds} are {@link Corruption} codes, each once; {@code problems} say exactly what was found. */
    public record Failure(String documentId, List<String> kinds, List<String> problems) {
    }
}
