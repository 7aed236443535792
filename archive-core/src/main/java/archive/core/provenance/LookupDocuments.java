package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.index.CandidateHit;
import archive.core.provenance.index.CandidateIndex;
import archive.core.provenance.index.Fingerprints;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The index and the archive as one look-up sees them. When the index names candidates, the catalog facts of all of
 * them are read together, so loading each for the re-ranking costs no query of its own. Documents the look-up
 * already holds are used as they are: the one being detected carries facts extracted in a transaction the look-up's
 * own may not see. For one look-up on one thread (candidates are loaded before they are compared side by side).
 */
final class LookupDocuments implements CandidateIndex {

    private final CandidateIndex index;
    private final ArchivedDocuments archive;
    private final Map<String, Document> held = new HashMap<>();
    private final Map<String, CatalogFacts> facts = new HashMap<>();

    LookupDocuments(CandidateIndex index, ArchivedDocuments archive, Collection<Document> held) {
        this.index = index;
        this.archive = archive;
        held.forEach(document -> this.held.put(document.id(), document));
    }

    @Override
    public void add(String documentId, Fingerprints fingerprints) {
        index.add(documentId, fingerprints);
    }

    @Override
    public List<CandidateHit> candidates(Fingerprints query, int limit) {
        List<CandidateHit> hits = index.candidates(query, limit);
        readFacts(hits.stream().map(CandidateHit::documentId).toList());
        return hits;
    }

    @Override
    public long rowCount() {
        return index.rowCount();
    }

    /** An archived document with its current text and facts. */
    Document load(String documentId) {
        Document known = held.get(documentId);
        if (known != null) {
            return known;
        }
        readFacts(List.of(documentId));
        return archive.current(documentId, facts.get(documentId));
    }

    private void readFacts(List<String> documentIds) {
        List<String> unread = documentIds.stream()
                .filter(id -> !held.containsKey(id) && !facts.containsKey(id)).distinct().toList();
        if (!unread.isEmpty()) {
            facts.putAll(archive.facts(unread));
        }
    }
}
