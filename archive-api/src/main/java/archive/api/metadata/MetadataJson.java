package archive.api.metadata;

import archive.api.openapi.OpenApiNames;
import archive.core.metadata.FieldOrigin;
import archive.core.metadata.MetadataFlag;
import archive.core.metadata.catalog.CurrentField;
import archive.core.metadata.catalog.DocumentFlag;
import archive.core.metadata.catalog.FieldName;
import archive.core.metadata.catalog.MetadataSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A document's metadata as GET /api/v1/documents/{id}/metadata returns it: every known field by name (null when
 * the document has no value for it and no librarian touched it), the flags, and the metadata version.
 */
public record MetadataJson(String documentId,
        @Schema(description = "1 for the extracted metadata, one more for each accepted correction.")
        int metadataVersion,
        @Schema(description = "Every known field (title, publisher, authors, publicationDate, sourceUrl, imageUrl, "
                + "dateline, sourceCredit, kind) by name; null when the document has no value for it.")
        Map<String, FieldJson> fields,
        List<FlagJson> flags, Links links) {

    /**
     * One field: its value (a string, or an array of names for authors; null when a librarian removed it), where it
     * came from ("extracted" or "corrected"), how sure the extractor was (1 for a librarian's value), the rule that
     * found it, the text version it describes, and who set it when.
     */
    @Schema(name = "MetadataField")
    public record FieldJson(@Schema(ref = OpenApiNames.METADATA_VALUE) JsonNode value, FieldOrigin origin,
            @Schema(minimum = "0", maximum = "1", description = "How sure the extractor was; 1 for a librarian's "
                    + "value.") double confidence,
            @Schema(description = "The extraction rule that found the value.") String rule,
            @Schema(description = "The text version the value describes.") int textVersion,
            @Schema(description = "The metadata version of a correction; null for an extracted value.")
            Integer metadataVersion,
            String setBy, Instant setAt) {

        static FieldJson of(CurrentField field) {
            return new FieldJson(field.value, field.origin, field.confidence, field.rule, field.textVersion,
                    field.corrected() ? field.metadataVersion : null, field.setBy, field.setAt);
        }
    }

    @Schema(name = "MetadataFlag")
    public record FlagJson(MetadataFlag.Type type, String detail) {

        static FlagJson of(DocumentFlag flag) {
            return new FlagJson(flag.type, flag.detail);
        }
    }

    @Schema(name = "MetadataLinks")
    public record Links(String self, String history, String document) {
    }

    public static MetadataJson of(MetadataSnapshot snapshot) {
        Map<String, FieldJson> fields = new LinkedHashMap<>();
        for (FieldName name : FieldName.values()) {
            fields.put(name.jsonName(), null);
        }
        snapshot.fields().forEach(field -> fields.put(field.name, FieldJson.of(field)));
        String document = "/api/v1/documents/" + snapshot.documentId();
        return new MetadataJson(snapshot.documentId(), snapshot.metadataVersion(), fields,
                snapshot.flags().stream().map(FlagJson::of).toList(),
                new Links(document + "/metadata", document + "/metadata/history", document));
    }
}
