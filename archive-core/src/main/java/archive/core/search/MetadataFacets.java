package archive.core.search;

import archive.core.catalog.DocumentId;
import archive.core.catalog.MetadataVersionArchived;
import archive.core.catalog.TextDerivation;
import archive.core.metadata.ArticleKind;
import archive.core.metadata.MetadataFlag;
import archive.core.metadata.catalog.CurrentField;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.FieldName;
import archive.core.metadata.catalog.MetadataSnapshot;
import archive.core.text.PartialDate;
import archive.core.vocabulary.Codes;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Keeps the search facets in step with the metadata: after the metadata catalog has recorded the extraction from a
 * document's current text or a librarian's correction (the step before in archive.core.ingest.DerivationPipeline),
 * the document's publisher, site, publication date and kind become its facets. A date flagged as contradicting the text is not a facet.
 */
@ApplicationScoped
public class MetadataFacets {

    private static final Logger LOG = Logger.getLogger(MetadataFacets.class);

    private final DocumentMetadata metadata;
    private final SearchIndex index;
    private final EntityManager entityManager;

    public MetadataFacets(DocumentMetadata metadata, SearchIndex index, EntityManager entityManager) {
        this.metadata = metadata;
        this.index = index;
        this.entityManager = entityManager;
    }

    /** Step 3 of {@link archive.core.ingest.DerivationPipeline}: the facets, from the metadata step 1 recorded. */
    public void refresh(TextDerivation derivation) {
        refresh(derivation.version().documentId);
    }

    /** Step 2 of a metadata version in {@link archive.core.ingest.DerivationPipeline}: the corrected facets. */
    public void refresh(MetadataVersionArchived archived) {
        refresh(archived.documentId());
    }

    /**
     * Sets the facets of every indexed document never given any: catalogs from before facets existed, documents
     * indexed by the search backfill. A partial index holds exactly these, so with none the query costs nothing.
     */
    public int backfill() {
        @SuppressWarnings("unchecked")
        List<String> ids = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select document_id from document_search where facets_pending order by document_id")
                .getResultList());
        ids.forEach(id -> QuarkusTransaction.requiringNew().run(() -> refresh(id)));
        if (!ids.isEmpty()) {
            LOG.infof("search facets: set for %d document(s) from their metadata", ids.size());
        }
        return ids.size();
    }

    void refresh(String documentId) {
        index.updateFacets(documentId, of(metadata.snapshot(new DocumentId(documentId))));
    }

    static SearchFacets of(MetadataSnapshot snapshot) {
        boolean dateContradicted = snapshot.flags().stream()
                .anyMatch(flag -> flag.type == MetadataFlag.Type.DATE_CONTRADICTS_TEXT);
        Optional<String> sourceUrl = text(snapshot, FieldName.SOURCE_URL);
        return new SearchFacets(text(snapshot, FieldName.PUBLISHER), sourceUrl.flatMap(MetadataFacets::site),
                dateContradicted ? Optional.empty()
                        : text(snapshot, FieldName.PUBLICATION_DATE).flatMap(PartialDate::parse)
                                .map(PartialDate::firstDay),
                text(snapshot, FieldName.KIND).flatMap(kind -> Codes.find(ArticleKind.class, kind)));
    }

    private static Optional<String> text(MetadataSnapshot snapshot, FieldName name) {
        return snapshot.fields().stream().filter(field -> field.field() == name).findFirst()
                .map(field -> field.value).filter(value -> value != null && value.isTextual())
                .map(JsonNode::asText);
    }

    /** "www.defense.gov" → "defense.gov": the site, as readers name it. */
    private static Optional<String> site(String url) {
        try {
            String host = new URI(url).getHost();
            return Optional.ofNullable(host).map(name -> name.toLowerCase(Locale.ROOT).replaceFirst("^www\\.", ""));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
