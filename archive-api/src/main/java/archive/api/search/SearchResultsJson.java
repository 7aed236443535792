package archive.api.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search hits. {@code searchable} is false when the query holds no searchable word (only common words
 * like "the", or punctuation), which is why nothing matched.
 */
public record SearchResultsJson(String query, List<SearchHitJson> items, int page, int size, long total,
        @Schema(description = "False when the query holds no searchable word (only common words such as \"the\").")
        boolean searchable) {
}
