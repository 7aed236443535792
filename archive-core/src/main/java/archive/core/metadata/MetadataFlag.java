package archive.core.metadata;

import java.util.Objects;

/**
 * A doubt about the extracted metadata that a librarian should look at.
 *
 * @param type   what kind of doubt
 * @param detail human-readable explanation, e.g. which years contradict a date
 */
public record MetadataFlag(Type type, String detail) {

    public enum Type {
        /** The publication date is earlier than events the article itself reports. */
        DATE_CONTRADICTS_TEXT
    }

    public MetadataFlag {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(detail, "detail");
    }
}
