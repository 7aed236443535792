package archive.api.documents;

import archive.core.metadata.MetadataFlag;
import archive.core.metadata.catalog.MetadataSummary;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The metadata a document list or page shows; each field null when unknown, {@code flags} the doubts raised. */
public record MetadataSummaryJson(String title, String publisher,
        @Schema(description = "YYYY-MM-DD, YYYY-MM or YYYY.") String publicationDate, String sourceUrl,
        @Schema(description = "Doubts raised about the metadata, e.g. a date the text contradicts.")
        List<MetadataFlag.Type> flags) {

    static MetadataSummaryJson of(MetadataSummary summary) {
        return new MetadataSummaryJson(summary.title(), summary.publisher(), summary.publicationDate(),
                summary.sourceUrl(), summary.flags());
    }
}
