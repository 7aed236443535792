package archive.core.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rarity weight (smoothed inverse document frequency) of the content stems involved in one ranking.
 * {@link #PSEUDO_DOCUMENTS} imaginary documents without the term keep weights nearly flat while the
 * archive is small, so a five-document archive does not call every shared word "rare".
 */
final class TermWeights {

    static final double PSEUDO_DOCUMENTS = 20;

    private final Map<String, Double> weights;
    private final double unseenWeight;

    private TermWeights(Map<String, Double> weights, double unseenWeight) {
        this.weights = weights;
        this.unseenWeight = unseenWeight;
    }

    static TermWeights of(TermStatistics statistics, Set<String> stems) {
        List<String> ordered = new ArrayList<>(stems);
        long[] hashes = new long[ordered.size()];
        for (int i = 0; i < hashes.length; i++) {
            hashes[i] = Fingerprinter.termHash(ordered.get(i));
        }
        int[] df = statistics.documentFrequencies(hashes);
        double documents = statistics.documentCount() + PSEUDO_DOCUMENTS;
        Map<String, Double> weights = new HashMap<>(ordered.size() * 2);
        for (int i = 0; i < hashes.length; i++) {
            weights.put(ordered.get(i), Math.log(documents / (df[i] + 1)));
        }
        return new TermWeights(weights, Math.log(documents));
    }

    double weight(String stem) {
        return weights.getOrDefault(stem, unseenWeight);
    }
}
