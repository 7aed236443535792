package archive.core.provenance.alignment;

/**
 * One aligned pair of passages. Offsets are char offsets into the original Strings, end exclusive.
 *
 * @param similarity 1.0 for an exact run; for edited runs the share of matching words; for paraphrased
 *                   sentences the rarity-weighted overlap of content stems
 */
public record EvidencePassage(PassageKind kind, int derivedStart, int derivedEnd, int sourceStart, int sourceEnd,
                              String derivedText, String sourceText, double similarity) {
}
