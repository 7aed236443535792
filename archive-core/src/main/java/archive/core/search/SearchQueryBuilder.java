package archive.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place search SQL is written: the text match, every filter, ranking, snippets and paging. A filter added
 * for new metadata belongs in {@link #filters()}, and then applies to counting and listing alike.
 */
final class SearchQueryBuilder {

    /** The text search configuration of document_search.body_tsv (V4__create_search.sql). */
    static final String CONFIG = "cast('english' as regconfig)";

    private static final String HEADLINE_OPTIONS = "StartSel=" + Snippet.MATCH_START + ", StopSel=" + Snippet.MATCH_END
            + ", MaxFragments=2, MaxWords=28, MinWords=12, FragmentDelimiter=\" … \"";

    /** A listing's lead; {@link Snippet#lead} cuts it to size. */
    static final int LEAD_CHARS = 320;
    /** Enough of a text's start to see its layout: chrome above the article and the article's first lines. */
    static final int LAYOUT_CHARS = 4000;

    /** SQL with its positional parameters (?1, ?2, …) in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    private final SearchQuery query;
    private final List<Object> parameters = new ArrayList<>();

    private SearchQueryBuilder(SearchQuery query) {
        this.query = query;
    }

    /** How many documents match. */
    static Statement count(SearchQuery query) {
        SearchQueryBuilder builder = new SearchQueryBuilder(query);
        String sql = "select count(*) from document_search s where " + builder.conditions();
        return builder.statement(sql);
    }

    /**
     * One page of matches: document id, score, passage (marked headline, or the text's start to take a lead from),
     * the four facets, and with a query the text's start too (to see its layout). Ranked
     * matches first by ts_rank_cd; without words, the most recently archived first. Headlines are cut only for
     * the page's rows, after ranking.
     */
    static Statement page(SearchQuery query, long offset, int limit) {
        SearchQueryBuilder builder = new SearchQueryBuilder(query);
        String passage = query.browsing() ? "left(s.body, " + LAYOUT_CHARS + ")"
                : "ts_headline(" + CONFIG + ", s.body, " + builder.tsquery() + ", " + builder.bind(HEADLINE_OPTIONS)
                        + ")";
        String sql = "select hit.document_id, hit.score, " + passage + ", s.publisher, s.site, "
                + "cast(s.published_on as text), s.kind, " + (query.browsing() ? "null" : "left(s.body, "
                + LAYOUT_CHARS + ")") + " "
                + "from (" + builder.hits() + " limit " + builder.bind(limit) + " offset " + builder.bind(offset)
                + ") hit join document_search s on s.document_id = hit.document_id "
                + "order by " + builder.hitOrder();
        return builder.statement(sql);
    }

    /** The ids of the first {@code limit} matches, in the order of {@link #page}. */
    static Statement ids(SearchQuery query, int limit) {
        SearchQueryBuilder builder = new SearchQueryBuilder(query);
        return builder.statement("select hit.document_id from (" + builder.hits() + " limit " + builder.bind(limit)
                + ") hit order by " + builder.hitOrder());
    }

    /**
     * Every match, ranked: by ts_rank_cd with words, the most recently archived first without; the document id
     * breaks ties, so pages never overlap.
     */
    private String hits() {
        if (query.browsing()) {
            return "select s.document_id, cast(null as double precision) as score, d.created_at "
                    + "from document_search s join document d on d.id = s.document_id where " + conditions()
                    + " order by d.created_at desc, s.document_id desc";
        }
        return "select s.document_id, cast(ts_rank_cd(s.body_tsv, " + tsquery() + ") as double precision) as score "
                + "from document_search s where " + conditions() + " order by score desc, s.document_id";
    }

    /** {@link #hits}'s order, again outside the subquery (SQL keeps no order across a join). */
    private String hitOrder() {
        return query.browsing() ? "hit.created_at desc, hit.document_id desc" : "hit.score desc, hit.document_id";
    }

    /** Whether the words leave anything to search for once stop words and punctuation are dropped. */
    static Statement searchable(SearchQuery query) {
        SearchQueryBuilder builder = new SearchQueryBuilder(query);
        return builder.statement("select numnode(" + builder.tsquery() + ") > 0");
    }

    private String conditions() {
        List<String> conditions = new ArrayList<>();
        if (!query.browsing()) {
            conditions.add("s.body_tsv @@ " + tsquery());
        }
        conditions.addAll(filters());
        return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
    }

    private List<String> filters() {
        List<String> filters = new ArrayList<>();
        query.publisher().ifPresent(publisher -> {
            String name = bind(publisher);
            filters.add("(lower(s.publisher) = lower(" + name + ") or lower(s.site) = lower(" + name + "))");
        });
        query.from().ifPresent(from -> filters.add("s.published_on >= cast(" + bind(from.toString()) + " as date)"));
        query.to().ifPresent(to -> filters.add("s.published_on <= cast(" + bind(to.toString()) + " as date)"));
        query.kind().ifPresent(kind -> filters.add("s.kind = " + bind(kind.code())));
        return filters;
    }

    /** websearch_to_tsquery accepts anything people type (quotes, dashes, &, markup) without a syntax error. */
    private String tsquery() {
        return "websearch_to_tsquery(" + CONFIG + ", " + bind(query.text()) + ")";
    }

    private String bind(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private Statement statement(String sql) {
        return new Statement(sql, List.copyOf(parameters));
    }
}
