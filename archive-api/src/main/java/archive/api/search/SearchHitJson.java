package archive.api.search;

import archive.core.metadata.ArticleKind;
import archive.core.search.SearchHit;
import archive.core.search.Snippet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One search hit. The snippet is plain text in parts, {@code match} marking the words that matched; clients escape
 * the parts themselves (the text is archived as found and may contain markup).
 */
public record SearchHitJson(
        String id,
        String fileName,
        int currentVersion,
        Instant archivedAt,
        @Schema(description = "ts_rank_cd of the match; null when listing without words.") Double score,
        @Schema(description = "The passage as plain-text parts; `match` marks matched words. Escape every part to "
                + "display it.") List<Snippet.Part> snippet,
        String publisher,
        String site,
        LocalDate publishedOn,
        ArticleKind kind,
        Links links) {

    @Schema(name = "SearchHitLinks")
    public record Links(String self, String text, String page) {
    }

    public static SearchHitJson of(SearchHit hit) {
        String id = hit.listing().document().id;
        String self = "/api/v1/documents/" + id;
        return new SearchHitJson(id, hit.listing().current().originalFileName, hit.listing().document().currentVersion,
                hit.listing().document().createdAt, hit.score().orElse(null), hit.snippet().parts(),
                hit.facets().publisher().orElse(null), hit.facets().site().orElse(null),
                hit.facets().publishedOn().orElse(null), hit.facets().kind().orElse(null),
                new Links(self, self + "/text", "/documents/" + id));
    }
}
