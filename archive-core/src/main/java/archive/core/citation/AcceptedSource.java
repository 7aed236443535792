package archive.core.citation;

import archive.core.provenance.LinkStatus;
import java.util.Objects;

/** A rewrite's accepted source: the archived document and whether a librarian confirmed the link or detection did. */
public record AcceptedSource(String sourceId, LinkStatus status) {

    public AcceptedSource {
        Objects.requireNonNull(sourceId, "sourceId");
        if (status != LinkStatus.CONFIRMED && status != LinkStatus.AUTO) {
            throw new IllegalArgumentException("an accepted source is confirmed or auto, not " + status);
        }
    }
}
