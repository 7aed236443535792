package archive.core.metadata.catalog;

import archive.core.metadata.MetadataFlag;
import java.util.List;

/** The few fields lists and document pages show, each null when unknown, and the types of the flags raised. */
public record MetadataSummary(String title, String publisher, String publicationDate, String sourceUrl,
        List<MetadataFlag.Type> flags) {
}
