package archive.core.ingest;

import archive.core.catalog.TextDerivation;
import archive.core.metadata.catalog.MetadataRecorder;
import archive.core.provenance.ProvenanceService;
import archive.core.search.MetadataFacets;
import archive.core.search.SearchIndex;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

/**
 * What the archive derives from a version's text, step by step, in the order each needs the one before: in the
 * derivation's transaction, so a version's metadata, search text and facets are committed together (provenance
 * detection, the last step, has its own transaction, so its failure never costs the others).
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
}
