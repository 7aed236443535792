package archive.core.memento;

import archive.core.catalog.DocumentVersion;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The mementos of one original resource in archive order (oldest first): never empty. */
public final class Mementos {

    private static final Comparator<DocumentVersion> ARCHIVE_ORDER = Comparator
            .comparing((DocumentVersion version) -> version.createdAt)
            .thenComparing(version -> version.documentId)
            .thenComparingInt(version -> version.number);

    private final List<DocumentVersion> versions;

    Mementos(List<DocumentVersion> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("an original resource has at least one memento");
        }
        this.versions = versions.stream().sorted(ARCHIVE_ORDER).toList();
    }

    public List<DocumentVersion> all() {
        return versions;
    }

    public DocumentVersion first() {
        return versions.get(0);
    }

    public DocumentVersion last() {
        return versions.get(versions.size() - 1);
    }

    /**
     * The memento in force at that moment: the latest archived at or before it, to the second, because HTTP dates
     * (Memento-Datetime, Accept-Datetime) have no fractions: asking for a memento's own Memento-Datetime finds it.
     */
    public Optional<DocumentVersion> inForceAt(Instant moment) {
        DocumentVersion found = null;
        for (DocumentVersion version : versions) {
            if (version.createdAt.truncatedTo(ChronoUnit.SECONDS).isAfter(moment)) {
                break;
            }
            found = version;
        }
        return Optional.ofNullable(found);
    }

    /**
     * The TimeGate's choice (RFC 7089 §4.1): the memento in force at the Accept-Datetime, the latest without one.
     *
     * @param original how the original resource is named in the refusal
     */
    public DocumentVersion chooseFor(Optional<Instant> acceptDatetime, String original) {
        if (acceptDatetime.isEmpty()) {
            return last();
        }
        Instant moment = acceptDatetime.get();
        return inForceAt(moment).orElseThrow(() -> new NoMementoBeforeException(original, moment, first().createdAt));
    }

    /** The memento archived just before this one, if any. */
    public Optional<DocumentVersion> previous(DocumentVersion version) {
        int index = indexOf(version);
        return index > 0 ? Optional.of(versions.get(index - 1)) : Optional.empty();
    }

    /** The memento archived just after this one, if any. */
    public Optional<DocumentVersion> next(DocumentVersion version) {
        int index = indexOf(version);
        return index < versions.size() - 1 ? Optional.of(versions.get(index + 1)) : Optional.empty();
    }

    private int indexOf(DocumentVersion version) {
        for (int i = 0; i < versions.size(); i++) {
            DocumentVersion candidate = versions.get(i);
            if (candidate.documentId.equals(version.documentId) && candidate.number == version.number) {
                return i;
            }
        }
        throw new IllegalArgumentException(version.documentId + " version " + version.number + " is not listed");
    }
}
