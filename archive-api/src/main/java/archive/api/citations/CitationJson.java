package archive.api.citations;

import archive.core.citation.CitableDocument;
import archive.core.citation.CitationRequest;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rendered citation: {@code citation} is the document's bibliography entry (with {@code with=source}, the entries
 * of the rewrite and of its source, one per line, in the style's order, each also in {@code entries}), plus the
 * archived copy it cites.
 */
public record CitationJson(String documentId, int version, String style, String locale,
        @Schema(enumeration = {"text", "html"}) String format,
        @Schema(description = "The entry; with=source, the entries one per line.") String citation,
        List<String> entries,
        @Schema(description = "The permanent address of the cited version.") String permalink, Instant archivedAt,
        String sha256) {

    static CitationJson of(CitableDocument document, CitationRequest request, List<String> entries) {
        return new CitationJson(document.documentId().value(), document.version(), request.styleId(), request.locale(),
                request.format().name().toLowerCase(Locale.ROOT), String.join("\n", entries), entries,
                document.permalink().toString(), document.archivedAt(), document.sha256().hex());
    }
}
