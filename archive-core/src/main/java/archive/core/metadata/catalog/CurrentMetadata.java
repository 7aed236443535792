package archive.core.metadata.catalog;

import archive.core.metadata.MetadataFlag;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Some of a document's current fields (each the librarian's value if corrected, else the extracted one) and the
 * types of the flags raised on its metadata.
 */
public record CurrentMetadata(Map<FieldName, CurrentField> fields, Set<MetadataFlag.Type> flags) {

    public CurrentMetadata {
        fields = Map.copyOf(fields);
        flags = Set.copyOf(flags);
    }

    /** The field if it has a value (a field whose value a librarian removed is absent). */
    public Optional<CurrentField> field(FieldName name) {
        return Optional.ofNullable(fields.get(name)).filter(field -> field.value != null);
    }

    public boolean flagged(MetadataFlag.Type type) {
        return flags.contains(type);
    }

    /**
     * The one rule for a publication date in doubt: the text contradicts it and no librarian has set or confirmed it
     * (setting or confirming it is the librarian's word, even against the text). Citations do not state such a date,
     * provenance does not trust it.
     */
    public boolean publicationDateInDoubt() {
        return flagged(MetadataFlag.Type.DATE_CONTRADICTS_TEXT)
                && field(FieldName.PUBLICATION_DATE).map(date -> !date.corrected()).orElse(true);
    }
}
