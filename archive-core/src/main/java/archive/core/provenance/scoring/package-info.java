/**
 * Stage 4 of provenance, scoring: what the evidence means. Decides the relation ({@code RelationClassifier}: verbatim,
 * excerpt, paraphrase, same event, unrelated), the score and what caps it below automatic acceptance
 * ({@code ProvenanceScorer}), the direction the text flowed ({@code DirectionRule}), credits, evidence a better
 * candidate already explains ({@code ExplainedEvidence}), and the root of a copy of a copy ({@code RootResolver}).
 * {@code ProvenanceDetector} ranks the candidates of one text; its thresholds {@code AUTO_ACCEPT} and {@code PROPOSE}
 * are where a candidate becomes a link.
 */
package archive.core.provenance.scoring;
