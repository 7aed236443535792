package archive.core.ingest;

import archive.core.catalog.MetadataVersionArchived;
import archive.core.catalog.TextDerivation;
import archive.core.metadata.catalog.MetadataRecorder;
import archive.core.provenance.ProvenanceService;
import archive.core.search.MetadataFacets;
import archive.core.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

/**
 * What the archive derives from a document's versions, step by step, in the order each needs the one before; the
 * one place that orders them (no observer priorities). From a text version: in the derivation's transaction, so a
 * version's metadata, search text and facets are committed together (provenance detection, the last step, has its
 * own transaction, so its failure never costs the others). From a metadata version: in the catalog transaction that
 * records it.
 */
@ApplicationScoped
public class DerivationPipeline {

    private final MetadataRecorder metadata;
    private final SearchIndex search;
    private final MetadataFacets facets;
    private final ProvenanceService provenance;
    private final Event<TextDerivation> derived;

    public DerivationPipeline(MetadataRecorder metadata, SearchIndex search, MetadataFacets facets,
            ProvenanceService provenance, Event<TextDerivation> derived) {
        this.metadata = metadata;
        this.search = search;
        this.facets = facets;
        this.provenance = provenance;
        this.derived = derived;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void derive(TextDerivation derivation) {
        // 1. Title, publisher, date, source URL, kind: extracted, librarians' corrections kept.
        metadata.record(derivation);
        // 2. The text becomes searchable.
        search.index(derivation);
        // 3. Search facets, from the metadata of step 1.
        facets.refresh(derivation);
        // 4. Provenance, with what step 1 told the catalog (its URL, date, kind).
        provenance.detect(derivation);
        // Then whatever keeps derived data (citations) forgets it once the transaction completes.
        derived.fire(derivation);
    }

    /**
     * A version that changed only the document's metadata was recorded: a librarian's correction or provenance
     * decision, or one a reconciliation or a rebuild brings back from the store.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onMetadataVersionArchived(@Observes MetadataVersionArchived archived) {
        // 1. The corrections it carries become the current fields.
        metadata.applyCorrections(archived);
        // 2. Search facets, from the fields of step 1.
        facets.refresh(archived);
        // 3. The provenance decisions it carries become the status of the links.
        provenance.applyDecisions(archived.documentId(), archived.metadata().provenanceDecisions());
    }
}
