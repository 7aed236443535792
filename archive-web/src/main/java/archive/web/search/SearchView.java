package archive.web.search;

import archive.core.metadata.ArticleKind;
import archive.core.metadata.catalog.MetadataSummary;
import archive.core.search.SearchHit;
import archive.core.search.Snippet;
import archive.web.documents.DocumentDescription;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the search page shows. {@code problem} explains input that could not be searched (the form is shown
 * again, as typed); {@code hits} is then empty.
 */
public record SearchView(SearchForm form, String heading, List<Hit> hits, long firstPosition, Pager pager,
        String problem, boolean showFilters, List<String> publishers) {

    /**
     * One result: the document under its title (the metadata's, else the name the file came with), its passage
     * (matched words marked) and the facets that are known.
     */
    public record Hit(DocumentDescription document, String title, List<Snippet.Part> snippet, String publisher,
            LocalDate publishedOn, ArticleKind kind) {

        static Hit of(SearchHit hit, Map<String, MetadataSummary> summaries) {
            DocumentDescription document = DocumentDescription.of(hit.listing());
            MetadataSummary summary = summaries.get(document.id());
            String title = summary == null || summary.title() == null ? document.fileName() : summary.title();
            return new Hit(document, title, hit.snippet().parts(),
                    hit.facets().publisher().or(hit.facets()::site).orElse(null),
                    hit.facets().publishedOn().orElse(null),
                    hit.facets().kind().orElse(null));
        }
    }
}
