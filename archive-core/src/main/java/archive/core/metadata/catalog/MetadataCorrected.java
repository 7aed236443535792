package archive.core.metadata.catalog;

import java.util.Set;

/**
 * A librarian's correction of these fields of a document has been archived (store and catalog). Fired by
 * {@link MetadataCorrections} once the correction is recorded; observers that act on the corrected values use
 * {@code during = AFTER_SUCCESS}, so they see them committed.
 */
public record MetadataCorrected(String documentId, Set<FieldName> fields) {

    public MetadataCorrected {
        fields = Set.copyOf(fields);
    }
}
