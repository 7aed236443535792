package archive.web.provenance;

import archive.core.provenance.alignment.EvidencePassage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A derived text and its source with the passages detection aligned marked in both, numbered alike.
 *
 * @param passages how many passages are marked (in each text)
 */
public record AlignedPair(AlignedText derived, AlignedText source, int passages) {

    /** A passage is marked only where it can be marked in both texts, so every mark has its partner. */
    public static AlignedPair of(String derivedText, String sourceText, List<EvidencePassage> passages) {
        List<AlignedText.Range> derivedRanges = new ArrayList<>();
        List<AlignedText.Range> sourceRanges = new ArrayList<>();
        for (int i = 0; i < passages.size(); i++) {
            EvidencePassage passage = passages.get(i);
            derivedRanges.add(new AlignedText.Range(i + 1, passage.derivedStart(), passage.derivedEnd()));
            sourceRanges.add(new AlignedText.Range(i + 1, passage.sourceStart(), passage.sourceEnd()));
        }
        Set<Integer> paired = AlignedText.placeable(derivedText.length(), derivedRanges).stream()
                .map(AlignedText.Range::passage).collect(Collectors.toSet());
        paired.retainAll(AlignedText.placeable(sourceText.length(), sourceRanges).stream()
                .map(AlignedText.Range::passage).toList());
        derivedRanges.removeIf(range -> !paired.contains(range.passage()));
        sourceRanges.removeIf(range -> !paired.contains(range.passage()));
        return new AlignedPair(AlignedText.of(derivedText, derivedRanges), AlignedText.of(sourceText, sourceRanges),
                paired.size());
    }
}
