package archive.core.search;

import archive.core.catalog.Document;
import archive.core.catalog.DocumentListing;
import archive.core.catalog.DocumentVersion;
import archive.core.metadata.ArticleKind;
import archive.core.search.SearchQueryBuilder.Statement;
import archive.core.vocabulary.Codes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Full-text search over every document's current text, ranked, with marked passages, filtered by facets. */
@ApplicationScoped
@Transactional
public class DocumentSearch {

    private final EntityManager entityManager;

    public DocumentSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The page starting at {@code offset}; an offset past the last match gives no hits but the true total. */
    public SearchResults search(SearchQuery query, long offset, int limit) {
        if (!query.browsing() && !searchable(query)) {
            return new SearchResults(query, 0, List.of(), false);
        }
        long total = ((Number) nativeQuery(SearchQueryBuilder.count(query)).getSingleResult()).longValue();
        if (offset >= total) {
            return new SearchResults(query, total, List.of(), true);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = nativeQuery(SearchQueryBuilder.page(query, offset, limit)).getResultList();
        Map<String, DocumentListing> listings = listings(rows.stream().map(row -> (String) row[0]).toList());
        List<SearchHit> hits = rows.stream()
                .map(row -> hit(query, row, listings.get((String) row[0])))
                .toList();
        return new SearchResults(query, total, hits, true);
    }

    /**
     * How many documents match, and the ids of the first {@code limit} of them in the order {@link #search} lists
     * them: what a result set is exported from without reading a page of passages.
     */
    public SearchMatches matches(SearchQuery query, int limit) {
        if (!query.browsing() && !searchable(query)) {
            return new SearchMatches(0, List.of(), false);
        }
        long total = ((Number) nativeQuery(SearchQueryBuilder.count(query)).getSingleResult()).longValue();
        @SuppressWarnings("unchecked")
        List<String> ids = total == 0 ? List.of() : nativeQuery(SearchQueryBuilder.ids(query, limit)).getResultList();
        return new SearchMatches(total, ids, true);
    }

    /** Publishers and sites the facets know, for offering them as filters. */
    public List<String> knownPublishers() {
        @SuppressWarnings("unchecked")
        List<String> names = entityManager.createNativeQuery("select name from (select publisher as name from "
                + "document_search union select site from document_search) names where name is not null "
                + "order by lower(name)").getResultList();
        return names;
    }

    /** Whether any document has facets yet (metadata describes it), so filtering can find anything. */
    public boolean facetsKnown() {
        return !entityManager.createNativeQuery("select 1 from document_search where publisher is not null or "
                + "site is not null or published_on is not null or kind is not null limit 1").getResultList().isEmpty();
    }

    private boolean searchable(SearchQuery query) {
        return (Boolean) nativeQuery(SearchQueryBuilder.searchable(query)).getSingleResult();
    }

    private Query nativeQuery(Statement statement) {
        Query query = entityManager.createNativeQuery(statement.sql());
        for (int i = 0; i < statement.parameters().size(); i++) {
            query.setParameter(i + 1, statement.parameters().get(i));
        }
        return query;
    }

    private static SearchHit hit(SearchQuery query, Object[] row, DocumentListing listing) {
        String passage = (String) row[2];
        // Null: the text is not indexed yet (a bulk import's document still waiting to be derived from).
        Snippet snippet = passage == null ? new Snippet(List.of())
                : query.browsing() ? Snippet.articleLead(passage, SearchQueryBuilder.LEAD_CHARS)
                : Snippet.headlineWithoutChrome(passage, (String) row[7]);
        SearchFacets facets = new SearchFacets(Optional.ofNullable((String) row[3]), Optional.ofNullable((String) row[4]),
                Optional.ofNullable((String) row[5]).map(LocalDate::parse),
                Optional.ofNullable((String) row[6]).map(kind -> Codes.of(ArticleKind.class, kind)));
        return new SearchHit(listing, Optional.ofNullable((Number) row[1]).map(Number::doubleValue), snippet, facets);
    }

    private Map<String, DocumentListing> listings(Collection<String> ids) {
        return entityManager.createQuery("select d, v from Document d, DocumentVersion v "
                        + "where v.documentId = d.id and v.number = d.currentVersion and d.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultStream()
                .map(row -> new DocumentListing((Document) row[0], (DocumentVersion) row[1]))
                .collect(Collectors.toMap(listing -> listing.document().id, Function.identity()));
    }
}
