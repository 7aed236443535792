package archive.core.provenance.alignment;

import java.util.List;

/**
 * The aligned passages between a derived text and one source, and how much of each text they account for.
 * All shares are in [0, 1] and ignore boilerplate lines.
 *
 * @param derivedCoverage                 share of the derived text's content chars inside some passage
 * @param derivedWeightedCoverage         share of the derived text's rarity mass the passages account for
 * @param sourceWeightedCoverage          share of the source's rarity mass the passages reproduce
 * @param verbatimDerivedWeightedCoverage like derivedWeightedCoverage, verbatim and quotation passages only
 * @param verbatimSourceWeightedCoverage  like sourceWeightedCoverage, verbatim and quotation passages only
 * @param longestVerbatimWords            words in the longest verbatim or quotation passage
 * @param strongestVerbatimRarity         rarity of the rarest verbatim or quotation passage, in rare words: its
 *                                        distinct content stems' weights summed, over the weight of a word no archived
 *                                        document has (so it means the same in a small and a large archive); one
 *                                        sentence of rare words copied word for word is evidence however little of
 *                                        either text it covers
 * @param orderConsistency                share of passages that follow the source's order (longest run of
 *                                        increasing source offsets); rewrites keep the order, chance overlaps do not
 */
public record Evidence(List<EvidencePassage> passages, double derivedCoverage, double derivedWeightedCoverage,
                       double sourceWeightedCoverage, double verbatimDerivedWeightedCoverage,
                       double verbatimSourceWeightedCoverage, int longestVerbatimWords,
                       double strongestVerbatimRarity, double orderConsistency) {

    public Evidence {
        passages = List.copyOf(passages);
    }

    public long count(PassageKind kind) {
        return passages.stream().filter(p -> p.kind() == kind).count();
    }
}
