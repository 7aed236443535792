package archive.core.metadata.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The metadata fields of a document, by the names the API and the catalog use, with the kind of value each holds. */
public enum FieldName {
    TITLE("title", ValueKind.TEXT),
    PUBLISHER("publisher", ValueKind.TEXT),
    AUTHORS("authors", ValueKind.NAMES),
    PUBLICATION_DATE("publicationDate", ValueKind.DATE),
    SOURCE_URL("sourceUrl", ValueKind.WEB_ADDRESS),
    IMAGE_URL("imageUrl", ValueKind.WEB_ADDRESS),
    DATELINE("dateline", ValueKind.TEXT),
    SOURCE_CREDIT("sourceCredit", ValueKind.TEXT),
    /** Whether the text is a publisher's original or a rewritten copy, as far as its own words tell. */
    KIND("kind", ValueKind.ARTICLE_KIND);

    /** What a field's JSON value looks like. */
    public enum ValueKind {
        TEXT("a non-empty string"),
        NAMES("an array of names (strings)"),
        DATE("a date: YYYY-MM-DD, YYYY-MM or YYYY"),
        WEB_ADDRESS("an absolute http(s) URL"),
        ARTICLE_KIND("\"original\" or \"rewrite\"");

        private final String description;

        ValueKind(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String jsonName;
    private final ValueKind kind;

    FieldName(String jsonName, ValueKind kind) {
        this.jsonName = jsonName;
        this.kind = kind;
    }

    public String jsonName() {
        return jsonName;
    }

    public ValueKind kind() {
        return kind;
    }

    public static Optional<FieldName> byJsonName(String name) {
        return Arrays.stream(values()).filter(field -> field.jsonName.equals(name)).findFirst();
    }

    public static List<String> jsonNames() {
        return Arrays.stream(values()).map(FieldName::jsonName).toList();
    }
}
