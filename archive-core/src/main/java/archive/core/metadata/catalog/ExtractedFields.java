package archive.core.metadata.catalog;

import archive.core.metadata.ExtractedMetadata;
import archive.core.metadata.MetadataField;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The extractor's findings as catalog values: each present field's value as JSON, with confidence and rule. */
public final class ExtractedFields {

    private ExtractedFields() {
    }

    public static Map<FieldName, MetadataField<JsonNode>> of(ExtractedMetadata metadata) {
        Map<FieldName, MetadataField<JsonNode>> fields = new EnumMap<>(FieldName.class);
        put(fields, FieldName.TITLE, metadata.title(), TextNode::valueOf);
        put(fields, FieldName.PUBLISHER, metadata.publisher(), TextNode::valueOf);
        put(fields, FieldName.AUTHORS, metadata.authors(), ExtractedFields::names);
        put(fields, FieldName.PUBLICATION_DATE, metadata.publicationDate(), date -> TextNode.valueOf(date.toString()));
        put(fields, FieldName.SOURCE_URL, metadata.sourceUrl(), TextNode::valueOf);
        put(fields, FieldName.IMAGE_URL, metadata.imageUrl(), TextNode::valueOf);
        put(fields, FieldName.DATELINE, metadata.dateline(), TextNode::valueOf);
        put(fields, FieldName.SOURCE_CREDIT, metadata.sourceCredit(), TextNode::valueOf);
        put(fields, FieldName.KIND, metadata.kind(), kind -> TextNode.valueOf(kind.code()));
        return fields;
    }

    private static <T> void put(Map<FieldName, MetadataField<JsonNode>> fields, FieldName name,
            Optional<MetadataField<T>> field, Function<T, JsonNode> toJson) {
        field.ifPresent(found -> fields.put(name, new MetadataField<>(toJson.apply(found.value()), found.origin(),
                found.confidence(), found.rule())));
    }

    private static JsonNode names(List<String> names) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        names.forEach(array::add);
        return array;
    }
}
