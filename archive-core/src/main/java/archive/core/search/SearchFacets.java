package archive.core.search;

import archive.core.metadata.ArticleKind;
import java.time.LocalDate;
import java.util.Optional;

/** What the search filters match besides the text: known from a document's metadata, each part optional. */
public record SearchFacets(Optional<String> publisher, Optional<String> site, Optional<LocalDate> publishedOn,
        Optional<ArticleKind> kind) {

    public static final SearchFacets UNKNOWN = new SearchFacets(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    public boolean known() {
        return publisher.isPresent() || site.isPresent() || publishedOn.isPresent() || kind.isPresent();
    }
}
