package archive.core.metadata.catalog;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Catalog reads shared by the recorder and the read service; callers bring the transaction. */
final class MetadataQueries {

    private MetadataQueries() {
    }

    static Map<FieldName, CurrentField> currentFields(String documentId) {
        Map<FieldName, CurrentField> fields = new EnumMap<>(FieldName.class);
        CurrentField.<CurrentField>list("documentId", documentId).forEach(field -> fields.put(field.field(), field));
        return fields;
    }

    /** The metadata version the catalog has applied: that of its latest correction, 0 when there is none. */
    static int metadataVersion(String documentId) {
        Integer latest = FieldCorrection.getEntityManager()
                .createQuery("select max(c.metadataVersion) from FieldCorrection c where c.documentId = ?1",
                        Integer.class)
                .setParameter(1, documentId)
                .getSingleResult();
        return latest == null ? 0 : latest;
    }

    static List<ExtractedValue> extractedValues(String documentId, int textVersion) {
        return ExtractedValue.list("documentId = ?1 and textVersion = ?2", documentId, textVersion);
    }
}
