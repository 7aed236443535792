package archive.web.search;

import archive.core.metadata.ArticleKind;
import archive.core.search.SearchHit;
import archive.core.search.Snippet;
import archive.web.documents.DocumentDescription;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the search page shows. {@code problem} explains input that could not be searched (the form is shown
 * again, as typed); {@code hits} is then empty.
 */
public record SearchView(SearchForm form, String heading, List<Hit> hits, long firstPosition, Pager pager,
        String problem, boolean showFilters, List<String> publishers) {

    /** One result: the document, its passage (matched words marked) and the facets that are known. */
    public record Hit(DocumentDescription document, List<Snippet.Part> snippet, String publisher, LocalDate publishedOn,
            ArticleKind kind) {

        static Hit of(SearchHit hit) {
            return new Hit(DocumentDescription.of(hit.listing()), hit.snippet().parts(),
                    hit.facets().publisher().or(hit.facets()::site).orElse(null),
                    hit.facets().publishedOn().orElse(null),
                    hit.facets().kind().orElse(null));
        }
    }
}
