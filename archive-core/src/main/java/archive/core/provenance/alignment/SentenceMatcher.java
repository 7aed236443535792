package archive.core.provenance.alignment;

import archive.core.provenance.analysis.Sentence;
import archive.core.provenance.analysis.SentenceVotes;
import archive.core.provenance.index.TermWeights;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs a reworded derived sentence with the source sentence, or two adjacent source sentences (split or
 * merged sentences), holding most of its content stems. Containment counts stem votes, not rarity: the
 * words a rewrite adds are new to the archive and would look "rare"; rarity instead decides whether the
 * shared stems are specific enough to be evidence at all. A multi-word name casts one vote in total
 * (see {@link SentenceVotes}), so two articles naming the same bodies are not taken for rewrites.
 */
public final class SentenceMatcher {

    /** Share of the derived sentence's votes that must be found in the source window. */
    static final double MIN_DERIVED_CONTAINMENT = 0.5;
    static final double MIN_SIMILARITY = 0.45;
    /** Votes the derived sentence and the window must share. */
    static final double MIN_SHARED_VOTES = 2.5;
    /** Rarity weight the shared stems must reach (see {@link PassageAligner#MIN_RUN_WEIGHT}). */
    static final double MIN_SHARED_WEIGHT = PassageAligner.MIN_RUN_WEIGHT;
    /** A two-sentence window must beat the best single sentence by this much to be preferred. */
    private static final double MERGE_MARGIN = 0.1;
    private static final int WINDOWS_TRIED = 3;

    /** {@code sharedStems} are the derived sentence's stems found in the source window. */
    record Match(int derivedSentence, int sourceFirst, int sourceLast, double similarity, Set<String> sharedStems) {
    }

    private final SentenceVotes source;
    private final TermWeights weights;

    SentenceMatcher(SentenceVotes source, TermWeights weights) {
        this.source = source;
        this.weights = weights;
    }

    /** Best source window for one derived sentence, or null if none is similar enough. */
    Match match(SentenceVotes derived, int sentence) {
        Map<String, Double> votes = derived.of(sentence);
        if (derived.total(sentence) < MIN_SHARED_VOTES) {
            return null;
        }
        double[] sharedWeight = new double[source.text.sentences.size()];
        for (String stem : votes.keySet()) {
            double w = weights.weight(stem);
            for (int j : source.sentencesWith(stem)) {
                sharedWeight[j] += w;
            }
        }
        Match best = null;
        for (int j : topSentences(sharedWeight)) {
            for (int[] window : new int[][] {{j, j}, {j - 1, j}, {j, j + 1}}) {
                Match m = score(votes, derived.total(sentence), sentence, window[0], window[1]);
                double margin = window[0] == window[1] ? 0 : MERGE_MARGIN;
                if (m != null && (best == null || m.similarity() > best.similarity() + margin)) {
                    best = m;
                }
            }
        }
        return best;
    }

    private Match score(Map<String, Double> derivedVotes, double derivedTotal, int sentence, int first, int last) {
        List<Sentence> sentences = source.text.sentences;
        if (first < 0 || last >= sentences.size() || !sentences.get(first).content() || !sentences.get(last).content()) {
            return null;
        }
        Map<String, Double> firstVotes = source.of(first);
        Map<String, Double> lastVotes = source.of(last);
        double sharedWeight = 0;
        double shared = 0;
        double sharedInWindow = 0;
        Set<String> sharedStems = new HashSet<>();
        for (Map.Entry<String, Double> e : derivedVotes.entrySet()) {
            double windowVote = Math.max(firstVotes.getOrDefault(e.getKey(), 0.0), lastVotes.getOrDefault(e.getKey(), 0.0));
            if (windowVote > 0) {
                sharedStems.add(e.getKey());
                sharedWeight += weights.weight(e.getKey());
                shared += e.getValue();
                sharedInWindow += windowVote;
            }
        }
        if (shared < MIN_SHARED_VOTES) {
            return null;
        }
        double derivedContainment = shared / derivedTotal;
        double sourceContainment = sharedInWindow / windowTotal(first, last);
        // Containment of the derived sentence dominates: a split sentence covers only part of its source.
        double similarity = 0.7 * derivedContainment + 0.3 * sourceContainment;
        boolean similar = sharedWeight >= MIN_SHARED_WEIGHT && derivedContainment >= MIN_DERIVED_CONTAINMENT
                && similarity >= MIN_SIMILARITY;
        return similar ? new Match(sentence, first, last, similarity, sharedStems) : null;
    }

    /** Total votes of the window's stems, a stem present in both sentences counting once (its larger vote). */
    private double windowTotal(int first, int last) {
        double total = source.total(first);
        if (last != first) {
            total += source.total(last);
            for (Map.Entry<String, Double> e : source.of(last).entrySet()) {
                Double other = source.of(first).get(e.getKey());
                if (other != null) {
                    total -= Math.min(other, e.getValue());
                }
            }
        }
        return total;
    }

    /** Indexes of the {@link #WINDOWS_TRIED} sentences sharing the most weight (ties: earlier first). */
    private static int[] topSentences(double[] sharedWeight) {
        int[] top = new int[WINDOWS_TRIED];
        Arrays.fill(top, -1);
        for (int j = 0; j < sharedWeight.length; j++) {
            if (sharedWeight[j] <= 0) {
                continue;
            }
            for (int k = 0; k < WINDOWS_TRIED; k++) {
                if (top[k] < 0 || sharedWeight[j] > sharedWeight[top[k]]) {
                    System.arraycopy(top, k, top, k + 1, WINDOWS_TRIED - k - 1);
                    top[k] = j;
                    break;
                }
            }
        }
        return Arrays.stream(top).filter(j -> j >= 0).toArray();
    }
}
