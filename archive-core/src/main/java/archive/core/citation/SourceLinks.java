package archive.core.citation;

import java.util.Optional;

/**
 * Which archived document a rewrite was derived from, as far as the archive has accepted it: the provenance feature
 * implements this as a CDI bean. Citations of a document with an accepted source carry the source's title, date and
 * publisher; without an implementation, no document has one.
 */
public interface SourceLinks {

    /** The id of the document's confirmed (or automatically accepted) source, if it has one. */
    Optional<String> acceptedSourceOf(String documentId);
}
