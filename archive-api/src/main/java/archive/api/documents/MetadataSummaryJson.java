package archive.api.documents;

import archive.core.metadata.MetadataFlag;
import archive.core.metadata.catalog.MetadataSummary;
import java.util.List;

/** The metadata a document list or page shows; each field null when unknown, {@code flags} the doubts raised. */
public record MetadataSummaryJson(String title, String publisher, String publicationDate, String sourceUrl,
        List<MetadataFlag.Type> flags) {

    static MetadataSummaryJson of(MetadataSummary summary) {
        return new MetadataSummaryJson(summary.title(), summary.publisher(), summary.publicationDate(),
                summary.sourceUrl(), summary.flags());
    }
}
