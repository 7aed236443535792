package archive.api.citations;

import archive.core.citation.CitableDocument;
import archive.core.citation.CitationRequest;
import archive.core.provenance.LinkStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rendered citation: {@code citation} is the document's bibliography entry (for a rewrite cited with its source,
 * the entries of the rewrite and of its source, one per line, in the style's order, each also in {@code entries}),
 * plus the archived copy it cites and the source it names.
 */
public record CitationJson(String documentId, int version, String style,
        @Schema(description = "The locale it is rendered in: the one asked for, else the style's.") String locale,
        @Schema(enumeration = {"text", "html"}) String format,
        @Schema(description = "The entry; for a rewrite cited with its source, the entries one per line.")
        String citation,
        List<String> entries,
        @Schema(description = "The permanent address of the cited version.") String permalink, Instant archivedAt,
        String sha256,
        @Schema(description = "The accepted source the citation names, or null when the document has none.")
        SourceJson source) {

    /** The source a rewrite's citation names: which archived document, where it was published, how it was linked. */
    public record SourceJson(String documentId, String title, String url,
            @Schema(description = "The permalink of the source's archived version.") String permalink,
            @Schema(enumeration = {"auto", "confirmed"}) LinkStatus linkStatus,
            @Schema(description = "Whether its entry is among the entries (with=source), not only named in the "
                    + "document's own entry.") boolean cited) {
    }

    static CitationJson of(CitableDocument document, CitationRequest request, String locale, List<String> entries,
            boolean withSource) {
        SourceJson source = document.original().map(original -> new SourceJson(original.documentId().value(),
                original.title(), original.url().toString(), original.permalink().toString(), original.status(),
                withSource)).orElse(null);
        return new CitationJson(document.documentId().value(), document.version(), request.styleId(), locale,
                request.format().name().toLowerCase(Locale.ROOT), String.join("\n", entries), entries,
                document.permalink().toString(), document.archivedAt(), document.sha256().hex(), source);
    }
}
