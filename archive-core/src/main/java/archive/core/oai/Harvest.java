package archive.core.oai;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a selective harvest asks for: records whose datestamp is at or after {@code from} and before
 * {@code untilExclusive}, in a set.
 */
public record Harvest(Optional<Instant> from, Optional<Instant> untilExclusive, RecordSet set) {

    public Harvest {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(untilExclusive, "untilExclusive");
        Objects.requireNonNull(set, "set");
    }
}
