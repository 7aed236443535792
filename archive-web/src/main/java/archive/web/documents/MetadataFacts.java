package archive.web.documents;

import archive.core.metadata.MetadataFlag;
import archive.core.metadata.catalog.CurrentField;
import archive.core.metadata.catalog.DocumentFlag;
import archive.core.metadata.catalog.FieldName;
import archive.core.metadata.catalog.MetadataSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.StreamSupport;

/**
 * A document's metadata as the page shows it: each field with where its value came from (extracted by which rule
 * and how sure, or corrected by whom and when), and the flags raised against it.
 */
public record MetadataFacts(List<Fact> facts, List<Flag> flags) {

    /** The fields readers care about, in page order. */
    private static final List<FieldName> SHOWN = List.of(FieldName.TITLE, FieldName.AUTHORS, FieldName.PUBLISHER,
            FieldName.PUBLICATION_DATE, FieldName.SOURCE_URL, FieldName.KIND);

    /**
     * @param value      the value as text; empty when a librarian removed it
     * @param link       whether the value is a web address to link to
     * @param corrected  whether a librarian set it
     * @param setBy      the librarian who corrected it, or the extractor's rule
     * @param confidence the extractor's confidence in percent (for extracted values)
     */
    public record Fact(String label, String field, String value, boolean link, boolean corrected, String setBy,
            Instant setAt, long confidence) {
    }

    public record Flag(MetadataFlag.Type type, String detail) {
    }

    public static MetadataFacts of(MetadataSnapshot snapshot) {
        List<Fact> facts = SHOWN.stream()
                .flatMap(name -> snapshot.fields().stream().filter(field -> field.field() == name).findFirst()
                        .map(field -> fact(name, field)).stream())
                .toList();
        List<Flag> flags = snapshot.flags().stream().map(MetadataFacts::flag).toList();
        return new MetadataFacts(facts, flags);
    }

    /** The value of one shown field, when it has one. */
    public Optional<String> value(FieldName name) {
        return facts.stream().filter(fact -> fact.field().equals(name.jsonName()) && !fact.value().isEmpty())
                .map(Fact::value).findFirst();
    }

    /**
     * The publication date as reference managers may state it: absent while the date stands flagged as
     * contradicting the text, unless a librarian set it.
     */
    public Optional<String> trustedPublicationDate() {
        boolean corrected = facts.stream().anyMatch(fact -> fact.field().equals(FieldName.PUBLICATION_DATE.jsonName())
                && fact.corrected());
        boolean flagged = flags.stream().anyMatch(flag -> flag.type() == MetadataFlag.Type.DATE_CONTRADICTS_TEXT);
        return flagged && !corrected ? Optional.empty() : value(FieldName.PUBLICATION_DATE);
    }

    private static Fact fact(FieldName name, CurrentField field) {
        return new Fact(label(name), name.jsonName(), text(field.value), name.kind() == FieldName.ValueKind.WEB_ADDRESS,
                field.corrected(), field.corrected() ? field.setBy : field.rule, field.setAt,
                Math.round(field.confidence * 100));
    }

    private static Flag flag(DocumentFlag flag) {
        return new Flag(flag.type, flag.detail);
    }

    private static String label(FieldName name) {
        return switch (name) {
            case PUBLICATION_DATE -> "Published";
            case SOURCE_URL -> "Original address";
            case AUTHORS -> "Authors";
            default -> name.name().substring(0, 1) + name.name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            return String.join("; ", StreamSupport.stream(value.spliterator(), false).map(JsonNode::asText).toList());
        }
        return value.asText();
    }
}
