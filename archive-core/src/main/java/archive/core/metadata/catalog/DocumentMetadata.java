package archive.core.metadata.catalog;

import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.metadata.MetadataFlag;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads a document's metadata: the current fields and flags, the correction history, and summaries for lists. */
@ApplicationScoped
@Transactional
public class DocumentMetadata {

    private static final List<String> SUMMARY_FIELDS = List.of(FieldName.TITLE.jsonName(),
            FieldName.PUBLISHER.jsonName(), FieldName.PUBLICATION_DATE.jsonName(), FieldName.SOURCE_URL.jsonName());

    private final Catalog catalog;

    public DocumentMetadata(Catalog catalog) {
        this.catalog = catalog;
    }

    public MetadataSnapshot snapshot(DocumentId documentId) {
        String id = catalog.require(documentId).id;
        List<CurrentField> fields = MetadataQueries.currentFields(id).values().stream().toList();
        List<DocumentFlag> flags = DocumentFlag.list("documentId = ?1 order by type", id);
        return new MetadataSnapshot(id, MetadataQueries.metadataVersion(id), fields, flags);
    }

    /** Every correction, oldest first. */
    public List<FieldCorrection> history(DocumentId documentId) {
        String id = catalog.require(documentId).id;
        return FieldCorrection.list("documentId = ?1 order by metadataVersion, id", id);
    }

    /**
     * The values that describe one text version: a librarian's corrections (they are the document's), else what
     * extraction found in that version. Fields without a value are absent.
     */
    public Map<FieldName, JsonNode> valuesAt(String documentId, int textVersion) {
        Map<FieldName, JsonNode> values = new EnumMap<>(FieldName.class);
        MetadataQueries.extractedValues(documentId, textVersion).forEach(extracted ->
                FieldName.byJsonName(extracted.name).ifPresent(name -> values.put(name, extracted.value)));
        MetadataQueries.currentFields(documentId).forEach((name, field) -> {
            if (field.corrected()) {
                if (field.value == null) {
                    values.remove(name);
                } else {
                    values.put(name, field.value);
                }
            }
        });
        return values;
    }

    /**
     * Whether the document's publication date is in doubt ({@link CurrentMetadata#publicationDateInDoubt}). A
     * citation does not state such a date as fact.
     */
    public boolean publicationDateInDoubt(String documentId) {
        return current(List.of(documentId), Set.of(FieldName.PUBLICATION_DATE)).get(documentId)
                .publicationDateInDoubt();
    }

    /**
     * These fields and the flags of many documents, in two queries however many documents; a document without
     * metadata gets an empty one.
     */
    public Map<String, CurrentMetadata> current(Collection<String> documentIds, Set<FieldName> names) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<FieldName, CurrentField>> fields = new HashMap<>();
        CurrentField.<CurrentField>list("documentId in ?1 and name in ?2", documentIds,
                        names.stream().map(FieldName::jsonName).toList())
                .forEach(field -> fields.computeIfAbsent(field.documentId, id -> new EnumMap<>(FieldName.class))
                        .put(field.field(), field));
        Map<String, Set<MetadataFlag.Type>> flags = new HashMap<>();
        DocumentFlag.<DocumentFlag>list("documentId in ?1", documentIds)
                .forEach(flag -> flags.computeIfAbsent(flag.documentId, id -> EnumSet.noneOf(MetadataFlag.Type.class))
                        .add(flag.type));
        Map<String, CurrentMetadata> current = new HashMap<>();
        for (String id : documentIds) {
            current.put(id, new CurrentMetadata(fields.getOrDefault(id, Map.of()), flags.getOrDefault(id, Set.of())));
        }
        return current;
    }

    /** The documents whose current sourceUrl is exactly this address (both sides trimmed), by id. */
    @SuppressWarnings("unchecked")
    public List<String> documentsWithSourceUrl(String url) {
        // The field name is written into the statement, not bound, so the planner can use the partial index on it.
        return CurrentField.getEntityManager().createNativeQuery("select document_id from metadata_field "
                        + "where name = '" + FieldName.SOURCE_URL.jsonName() + "' and jsonb_typeof(value) = 'string' "
                        + "and btrim(value #>> '{}') = ?1 order by document_id")
                .setParameter(1, url.strip())
                .getResultList();
    }

    /** Summaries of many documents in two queries; a document without metadata gets an empty summary. */
    public Map<String, MetadataSummary> summaries(Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<String, Map<String, String>> values = new HashMap<>();
        CurrentField.<CurrentField>list("documentId in ?1 and name in ?2", documentIds, SUMMARY_FIELDS)
                .forEach(field -> {
                    if (field.value != null) {
                        values.computeIfAbsent(field.documentId, id -> new HashMap<>())
                                .put(field.name, field.value.asText());
                    }
                });
        Map<String, List<MetadataFlag.Type>> flags = DocumentFlag.<DocumentFlag>list("documentId in ?1", documentIds)
                .stream()
                .sorted(Comparator.comparing(flag -> flag.type.name()))
                .collect(Collectors.groupingBy(flag -> flag.documentId,
                        Collectors.mapping(flag -> flag.type, Collectors.toList())));
        Map<String, MetadataSummary> summaries = new HashMap<>();
        for (String id : documentIds) {
            Map<String, String> fields = values.getOrDefault(id, Map.of());
            summaries.put(id, new MetadataSummary(fields.get(FieldName.TITLE.jsonName()),
                    fields.get(FieldName.PUBLISHER.jsonName()), fields.get(FieldName.PUBLICATION_DATE.jsonName()),
                    fields.get(FieldName.SOURCE_URL.jsonName()), flags.getOrDefault(id, List.of())));
        }
        return summaries;
    }
}
