package archive.api.bags;

import archive.core.bags.BagLayout;
import archive.core.metadata.ArticleKind;
import archive.core.search.SearchMatches;
import archive.core.search.SearchQuery;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A result-set bag's data/query.json: the query as the archive understood it, whether its words held anything to
 * search for, and the documents it matched, ranked as the search lists them, each with its folder in the bag.
 */
record ResultSetJson(QueryJson query, boolean searchable, long total, List<MatchJson> documents) {

    /** The query's parameters, as GET /api/v1/search takes them; null is "no filter". */
    record QueryJson(String q, String publisher, LocalDate from, LocalDate to, String kind) {
    }

    record MatchJson(int rank, String id, String folder) {
    }

    static ResultSetJson of(SearchQuery query, SearchMatches matches) {
        List<MatchJson> documents = new ArrayList<>(matches.ids().size());
        for (String id : matches.ids()) {
            documents.add(new MatchJson(documents.size() + 1, id, BagLayout.documentFolder(id)));
        }
        return new ResultSetJson(new QueryJson(query.text(), query.publisher().orElse(null), query.from().orElse(null),
                query.to().orElse(null), query.kind().map(ArticleKind::code).orElse("any")), matches.searchable(),
                matches.total(), documents);
    }
}
