package archive.core.metadata.catalog;

import java.util.List;

/**
 * A document's metadata now: every field that has a value or a correction, in {@link FieldName} order, the flags,
 * and the metadata version (the number of corrections made to it, 0 before any).
 */
public record MetadataSnapshot(String documentId, int metadataVersion, List<CurrentField> fields,
        List<DocumentFlag> flags) {
}
