package archive.core.search;

import archive.core.ArchiveException;
import archive.core.catalog.DocumentId;
import archive.core.catalog.TextDerivation;
import archive.core.catalog.VersionsArchived;
import archive.core.config.ArchiveConfig;
import archive.core.metadata.ArticleKind;
import archive.core.retrieval.ArchivedText;
import archive.core.retrieval.TextRetrieval;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import org.hibernate.Session;
import org.jboss.logging.Logger;

/**
 * Keeps document_search in step with the catalog. The catalog transaction that records a version lists its document
 * (the row, with no text yet); the text is indexed when the version is derived from, in the same transaction as its
 * metadata: before an upload is answered, in the background after a bulk import, which need not wait for the
 * analysis of thousands of texts.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    private final EntityManager entityManager;
    private final TextRetrieval texts;
    private final int maxIndexedBytes;

    public SearchIndex(EntityManager entityManager, TextRetrieval texts, ArchiveConfig config) {
        this.entityManager = entityManager;
        this.texts = texts;
        this.maxIndexedBytes = config.search().maxIndexedBytes();
    }

    /**
     * Runs inside the catalog transaction: the versions' documents are listed (a new version's text is unsearchable
     * until it is derived from, never searchable under its predecessor's words). One statement for a whole batch.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onVersionsArchived(@Observes VersionsArchived archived) {
        index(archived.versions().stream().map(version -> new IndexedText(version.version().documentId,
                version.version().number, null)).toList(), false);
    }

    /** Step 2 of {@link archive.core.ingest.DerivationPipeline}: the version's text becomes searchable. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void index(TextDerivation derivation) {
        index(List.of(new IndexedText(derivation.version().documentId, derivation.version().number,
                derivation.text())), false);
    }

    /**
     * Sets the facets the search filters match (publisher, site, publication date, kind). Metadata extraction and
     * librarians' corrections call this whenever what is known about a document changes.
     */
    @Transactional
    public void updateFacets(String documentId, SearchFacets facets) {
        entityManager.createNativeQuery("update document_search set publisher = ?2, site = ?3, published_on = cast(?4 as date), "
                        + "kind = ?5, facets_pending = false where document_id = ?1")
                .setParameter(1, documentId)
                .setParameter(2, facets.publisher().orElse(null))
                .setParameter(3, facets.site().orElse(null))
                .setParameter(4, facets.publishedOn().map(LocalDate::toString).orElse(null))
                .setParameter(5, facets.kind().map(ArticleKind::code).orElse(null))
                .executeUpdate();
    }

    /**
     * Indexes every document whose current version is not indexed yet: catalogs that predate search, or rows
     * restored without it. Each document commits on its own, so one unreadable text does not hold back the rest.
     * A document indexed here gets its facets from {@link MetadataFacets#backfill}.
     */
    public int indexMissing() {
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select d.id from document d left join document_search s on s.document_id = d.id "
                        + "where s.document_id is null or s.version_number < d.current_version order by d.id")
                .getResultList());
        int indexed = 0;
        for (String id : ids) {
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    ArchivedText current = texts.current(new DocumentId(id));
                    index(List.of(new IndexedText(id, current.version().number, current.bytes())), true);
                });
                indexed++;
            } catch (ArchiveException e) {
                LOG.warnf("search index: %s not indexed: %s", id, e.getMessage());
            }
        }
        if (!ids.isEmpty()) {
            LOG.infof("search index: indexed %d of %d document(s) missing from it", indexed, ids.size());
        }
        return indexed;
    }

    /**
     * {@code facetsPending}: the documents' facets are not set with these rows, so the backfill must set them. A row
     * without text (a version just archived) replaces an older version's row; a row with text also fills in its own
     * version's. A late event for an older version never overwrites a newer one.
     */
    private void index(List<IndexedText> rows, boolean facetsPending) {
        entityManager.flush(); // the catalog rows these rows refer to go first
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into document_search "
                    + "(document_id, version_number, body, facets_pending) "
                    + "select row.id, row.version, row.body, ? from unnest(?::text[], ?::integer[], ?::text[]) "
                    + "as row(id, version, body) on conflict (document_id) do update "
                    + "set version_number = excluded.version_number, body = excluded.body "
                    + "where document_search.version_number < excluded.version_number "
                    + "or (excluded.body is not null and document_search.version_number = excluded.version_number)")) {
                insert.setBoolean(1, facetsPending);
                insert.setArray(2, connection.createArrayOf("text",
                        rows.stream().map(IndexedText::documentId).toArray(String[]::new)));
                insert.setArray(3, connection.createArrayOf("integer",
                        rows.stream().map(IndexedText::version).toArray(Integer[]::new)));
                insert.setArray(4, connection.createArrayOf("text",
                        rows.stream().map(row -> row.text() == null ? null : indexedText(row.text(), maxIndexedBytes))
                                .toArray(String[]::new)));
                insert.executeUpdate();
            }
        });
    }

    /** The longest start of the UTF-8 text within {@code maxBytes}, never cutting a character in two. */
    static String indexedText(byte[] utf8, int maxBytes) {
        int end = Math.min(utf8.length, maxBytes);
        while (end < utf8.length && end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    /** {@code text} null: the version is listed, its words not indexed yet. */
    private record IndexedText(String documentId, int version, byte[] text) {
    }
}
