package archive.core.provenance.index;

/**
 * A document that shares index keys with a query.
 *
 * @param documentId   the archived document
 * @param hits         number of shared (non-stop) keys
 * @param weightedHits shared keys weighted by {@link FeatureKind#lookupWeight()}; candidates are ordered by it
 */
public record CandidateHit(String documentId, int hits, double weightedHits) {
}
