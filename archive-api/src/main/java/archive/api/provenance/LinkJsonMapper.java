package archive.api.provenance;

import archive.api.provenance.CandidateJson.CoverageJson;
import archive.api.provenance.CandidateJson.PassageJson;
import archive.api.provenance.CandidateJson.Span;
import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.EvidenceCodec;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.TextMatch;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;

/** Links and candidates as the API shows them. */
@ApplicationScoped
public class LinkJsonMapper {

    private final EvidenceCodec codec;

    public LinkJsonMapper(EvidenceCodec codec) {
        this.codec = codec;
    }

    public CandidateJson candidate(ProvenanceLink link) {
        EvidenceCodec.StoredEvidence stored = codec.read(link.evidence);
        return new CandidateJson(link.sourceId, round(link.score), link.relation, link.status, link.method,
                passages(stored.evidence()), coverage(stored.evidence()), stored.signals(), link.detectedAt,
                link.decidedBy, link.decidedAt, "/documents/" + link.derivedId + "/compare/" + link.sourceId,
                null, null, null);
    }

    /** A candidate for a text that is not archived: no status, nothing decided; what detection would decide. */
    public CandidateJson unarchived(TextMatch.Source match) {
        ProvenanceCandidate candidate = match.candidate();
        return new CandidateJson(candidate.sourceId(), round(candidate.score()),
                candidate.relation(), null, null, passages(candidate.evidence()),
                coverage(candidate.evidence()), candidate.signals(), null, null, null, null, match.wouldAccept(),
                match.wouldPropose(), round(match.explainedShare()));
    }

    private static List<PassageJson> passages(Evidence evidence) {
        return evidence.passages().stream()
                .map(p -> new PassageJson(p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        new Span(p.derivedStart(), p.derivedEnd(), p.derivedText()),
                        new Span(p.sourceStart(), p.sourceEnd(), p.sourceText()), round(p.similarity())))
                .toList();
    }

    private static CoverageJson coverage(Evidence evidence) {
        return new CoverageJson(round(evidence.derivedCoverage()), round(evidence.derivedWeightedCoverage()),
                round(evidence.sourceWeightedCoverage()), evidence.longestVerbatimWords());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
