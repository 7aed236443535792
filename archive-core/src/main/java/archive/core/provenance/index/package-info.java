/**
 * Stage 2 of provenance, the fingerprint index: which archived documents are worth comparing with a text. Decides
 * the keys a text is stored and looked up under ({@code Fingerprinter}: shingle and term bands, anchors, quote windows,
 * names), how candidates are ranked by shared keys ({@code CandidateIndex}; the PostgreSQL implementation is the service's), and the
 * archive's statistics: how rare a stem is and which lines are site furniture ({@code TermStatistics},
 * {@code TermWeights}). Candidates come from key look-ups only, never a scan, so a look-up costs the same at any size.
 */
package archive.core.provenance.index;
