package archive.core.changes;

import java.util.List;
import java.util.Optional;

/**
 * The changes after a cursor, in feed order, and the change the cursor names (empty for the start of the feed).
 */
public record ChangePage(Optional<Change> after, List<Change> changes) {

    /** Where the following page starts: after the last change here, or where this one did. */
    public Optional<ChangeCursor> next() {
        return changes.isEmpty() ? after.map(Change::cursor) : Optional.of(changes.get(changes.size() - 1).cursor());
    }
}
