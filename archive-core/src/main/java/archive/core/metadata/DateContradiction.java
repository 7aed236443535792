package archive.core.metadata;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import java.util.stream.Collectors;

/** Flags a publication date that is earlier than events the article itself reports. */
final class DateContradiction {

    private DateContradiction() {
    }

    static Optional<MetadataFlag> check(LocalDate stated, SortedSet<Integer> eventYears) {
        SortedSet<Integer> later = eventYears.tailSet(stated.getYear() + 1);
        if (later.isEmpty()) {
            return Optional.empty();
        }
        String years = later.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return Optional.of(new MetadataFlag(MetadataFlag.Type.DATE_CONTRADICTS_TEXT,
                "stated date " + stated + " precedes events the text reports (" + years + ")"));
    }
}
