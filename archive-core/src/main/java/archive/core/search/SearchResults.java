package archive.core.search;

import java.util.List;

/**
 * One page of what a query found, and how many documents it found in all. {@code searchable} is false when the
 * words hold nothing to search for (only common words such as "the", or only punctuation).
 */
public record SearchResults(SearchQuery query, long total, List<SearchHit> hits, boolean searchable) {
}
