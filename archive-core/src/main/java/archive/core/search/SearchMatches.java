package archive.core.search;

import java.util.List;

/**
 * What a query matches, without passages: how many documents, the ids of the first of them in ranked order, and
 * whether the words held anything to search for (see {@link SearchResults}).
 */
public record SearchMatches(long total, List<String> ids, boolean searchable) {
}
