package archive.core.catalog;

import java.util.regex.Pattern;

/**
 * A document's id: 16 lowercase hex characters, like the seed file names (a new document's are the first 16 of the
 * SHA-256 of its first version). The services that the API and the pages call take ids of this type, so what a
 * client sends is checked here, once, and nothing malformed is looked up or reaches the database.
 */
public record DocumentId(String value) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{16}");

    public DocumentId {
        if (!isValid(value)) {
            throw new InvalidDocumentIdException(value);
        }
    }

    public static boolean isValid(String candidate) {
        return candidate != null && FORM.matcher(candidate).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
