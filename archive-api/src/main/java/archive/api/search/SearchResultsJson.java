package archive.api.search;

import java.util.List;

/**
 * One page of search hits. {@code searchable} is false when the query holds no searchable word (only common words
 * like "the", or punctuation), which is why nothing matched.
 */
public record SearchResultsJson(String query, List<SearchHitJson> items, int page, int size, long total,
        boolean searchable) {
}
