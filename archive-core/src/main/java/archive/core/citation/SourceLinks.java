package archive.core.citation;

import java.util.Optional;

/**
 * Which archived document a rewrite was derived from, as far as the archive has accepted it (implemented by the
 * provenance feature). Citations of a document with an accepted source carry the source's title, date and publisher.
 */
public interface SourceLinks {

    /** The document's confirmed (or automatically accepted) source, if it has one. */
    Optional<AcceptedSource> acceptedSourceOf(String documentId);
}
