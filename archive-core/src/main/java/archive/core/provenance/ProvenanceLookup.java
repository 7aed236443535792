package archive.core.provenance;

import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.index.CandidateHit;
import archive.core.provenance.index.CandidateIndex;
import archive.core.provenance.index.Fingerprinter;
import archive.core.provenance.index.Fingerprints;
import archive.core.provenance.index.TermStatistics;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.scoring.ProvenanceDetector;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The whole look-up: fingerprint the derived text, fetch candidates from the index, re-rank the best few
 * by full comparison. Re-ranking a fixed number of candidates keeps the cost flat as the archive grows.
 */
public final class ProvenanceLookup {

    /** Default number of index candidates compared in full; the cost of a look-up is linear in it. */
    public static final int RERANKED_CANDIDATES = 20;

    private final CandidateIndex index;
    private final TermStatistics statistics;
    private final Function<String, Document> archive;
    private final Fingerprinter fingerprinter = new Fingerprinter();
    private final ProvenanceDetector detector;
    private final int rerankedCandidates;

    /** {@code archive} loads an archived document by id (the text store of the application). */
    public ProvenanceLookup(CandidateIndex index, TermStatistics statistics, Function<String, Document> archive) {
        this(index, statistics, archive, new ProvenanceDetector(statistics), RERANKED_CANDIDATES);
    }

    public ProvenanceLookup(CandidateIndex index, TermStatistics statistics, Function<String, Document> archive,
                            ProvenanceDetector detector, int rerankedCandidates) {
        this.index = index;
        this.statistics = statistics;
        this.archive = archive;
        this.detector = detector;
        this.rerankedCandidates = rerankedCandidates;
    }

    public void add(Document document) {
        // Through the detector's cache: the look-up of the document's sources that follows reuses the analysis.
        Fingerprints fingerprints = fingerprinter.fingerprint(detector.analyze(document).text());
        index.add(document.id(), fingerprints);
        statistics.add(fingerprints.termHashes());
    }

    /** A new text of an indexed document: it replaces the previous text's keys and terms. */
    public void replace(Document previous, Document current) {
        statistics.remove(fingerprinter.fingerprint(previous.text()).termHashes());
        add(current);
    }

    public List<ProvenanceCandidate> findSources(Document derived) {
        AnalyzedDocument analyzed = detector.analyze(derived);
        List<Document> candidates = index.candidates(fingerprinter.fingerprint(analyzed.text()), rerankedCandidates + 1)
                .stream()
                .map(CandidateHit::documentId)
                .filter(id -> !id.equals(derived.id()))
                .limit(rerankedCandidates)
                .map(archive)
                .filter(Objects::nonNull)
                .toList();
        return detector.rank(analyzed, candidates);
    }
}
