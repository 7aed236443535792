package archive.core.provenance.scoring;

import archive.core.provenance.alignment.Evidence;


/** One ranked possible source of a derived text. {@code score} is in [0, 1]. */
public record ProvenanceCandidate(String sourceId, double score, Relation relation, Evidence evidence,
                                  ProvenanceSignals signals) {

    /** The same candidate with another score. */
    ProvenanceCandidate withScore(double newScore) {
        return new ProvenanceCandidate(sourceId, newScore, relation, evidence, signals);
    }
}
