package archive.core.metadata.catalog;

import archive.core.metadata.ArticleKind;
import archive.core.text.PartialDate;
import archive.core.vocabulary.Codes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A librarian's correction as a JSON merge patch (RFC 7396) over the document's metadata fields: each member sets
 * that field, {@code null} removes its value, and fields not named stay as they are. Values are checked and
 * normalized here, so nothing malformed reaches the store.
 */
public final class CorrectionPatch {

    static final int MAX_TEXT_LENGTH = 2_000;
    static final int MAX_AUTHORS = 100;

    private final Map<FieldName, JsonNode> values;

    private CorrectionPatch(Map<FieldName, JsonNode> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** @throws InvalidCorrectionException naming the first field that is unknown or has a value of the wrong shape */
    public static CorrectionPatch parse(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidCorrectionException("A metadata correction is a JSON object of fields to set, e.g. "
                    + "{\"title\": \"…\", \"publicationDate\": \"2024-07-22\"}; null removes a value.");
        }
        Map<FieldName, JsonNode> values = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> members = patch.fields();
        while (members.hasNext()) {
            Map.Entry<String, JsonNode> member = members.next();
            FieldName field = FieldName.byJsonName(member.getKey()).orElseThrow(() -> new InvalidCorrectionException(
                    "Unknown metadata field '" + member.getKey() + "'. The fields are: "
                            + String.join(", ", FieldName.jsonNames()) + "."));
            values.put(field, normalized(field, member.getValue()));
        }
        return new CorrectionPatch(values);
    }

    /** The fields to set, in the order the patch names them; a {@link NullNode} removes the value. */
    public Map<FieldName, JsonNode> values() {
        return values;
    }

    private static JsonNode normalized(FieldName field, JsonNode value) {
        if (value.isNull()) {
            return NullNode.getInstance();
        }
        return switch (field.kind()) {
            case TEXT -> TextNode.valueOf(text(field, value));
            case NAMES -> names(field, value);
            case DATE -> TextNode.valueOf(date(field, value));
            case WEB_ADDRESS -> TextNode.valueOf(webAddress(field, value));
            case ARTICLE_KIND -> TextNode.valueOf(articleKind(field, value));
        };
    }

    private static String text(FieldName field, JsonNode value) {
        if (!value.isTextual() || value.asText().isBlank()) {
            throw wrongShape(field, value);
        }
        String text = value.asText().strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidCorrectionException("'" + field.jsonName() + "' is " + text.length()
                    + " characters long; at most " + MAX_TEXT_LENGTH + " are kept.");
        }
        return text;
    }

    private static ArrayNode names(FieldName field, JsonNode value) {
        if (!value.isArray() || value.size() > MAX_AUTHORS) {
            throw wrongShape(field, value);
        }
        ArrayNode names = JsonNodeFactory.instance.arrayNode();
        for (JsonNode name : value) {
            names.add(text(field, name));
        }
        return names;
    }

    private static String date(FieldName field, JsonNode value) {
        if (!value.isTextual()) {
            throw wrongShape(field, value);
        }
        return PartialDate.parse(value.asText()).map(date -> value.asText())
                .orElseThrow(() -> new InvalidCorrectionException("'" + field.jsonName() + "' is '" + value.asText()
                        + "', which is not a date that exists; give " + field.kind().description() + "."));
    }

    private static String webAddress(FieldName field, JsonNode value) {
        if (!value.isTextual()) {
            throw wrongShape(field, value);
        }
        try {
            URI uri = new URI(value.asText().strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (uri.isAbsolute() && uri.getHost() != null && (scheme.equals("http") || scheme.equals("https"))) {
                return uri.toString();
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw wrongShape(field, value);
    }

    private static String articleKind(FieldName field, JsonNode value) {
        return Codes.find(ArticleKind.class, value.isTextual() ? value.asText() : null)
                .orElseThrow(() -> wrongShape(field, value)).code();
    }

    private static InvalidCorrectionException wrongShape(FieldName field, JsonNode value) {
        return new InvalidCorrectionException("'" + field.jsonName() + "' must be " + field.kind().description()
                + " (or null to remove it), not " + shortened(value.toString()) + ".");
    }

    private static String shortened(String json) {
        return json.length() <= 80 ? json : json.substring(0, 80) + "…";
    }
}
