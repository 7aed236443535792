package archive.core.search;

import archive.core.catalog.DocumentListing;
import java.util.Optional;

/** One document a search found: its current version, how well it matched (absent when browsing), and a passage. */
public record SearchHit(DocumentListing listing, Optional<Double> score, Snippet snippet, SearchFacets facets) {
}
