package archive.core.provenance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pairs a reworded derived sentence with the source sentence, or two adjacent source sentences (split or
 * merged sentences), holding most of its content stems. Containment counts stems, not rarity: the words a
 * rewrite adds are new to the archive and would look "rare"; rarity instead decides whether the shared
 * stems are specific enough to be evidence at all. A multi-word name ("Joint Security Cooperation
 * Dialogue") casts one vote in total, so two articles naming the same bodies are not taken for rewrites.
 */
final class SentenceMatcher {

    /** Share of the derived sentence's content weight that must be found in the source window. */
    static final double MIN_DERIVED_CONTAINMENT = 0.5;
    static final double MIN_SIMILARITY = 0.45;
    /** Votes (stems, names counting once) the derived sentence and the window must share. */
    static final double MIN_SHARED_VOTES = 2.5;
    /** Rarity weight the shared stems must reach (see {@link PassageAligner#MIN_RUN_WEIGHT}). */
    static final double MIN_SHARED_WEIGHT = PassageAligner.MIN_RUN_WEIGHT;
    /** A two-sentence window must beat the best single sentence by this much to be preferred. */
    private static final double MERGE_MARGIN = 0.1;
    private static final int WINDOWS_TRIED = 3;

    /** {@code sharedStems} are the derived sentence's stems found in the source window. */
    record Match(int derivedSentence, int sourceFirst, int sourceLast, double similarity, Set<String> sharedStems) {
    }

    private final AnalyzedText source;
    private final TermWeights weights;
    private final List<Map<String, Double>> sourceStems = new ArrayList<>();
    private final Map<String, List<Integer>> sentencesByStem = new HashMap<>();
    private final double[] sourceTotals;

    SentenceMatcher(AnalyzedText source, TermWeights weights) {
        this.source = source;
        this.weights = weights;
        this.sourceTotals = new double[source.sentences.size()];
        for (int j = 0; j < source.sentences.size(); j++) {
            Map<String, Double> stems = votesOf(source, j);
            sourceStems.add(stems);
            sourceTotals[j] = total(stems);
            for (String stem : stems.keySet()) {
                sentencesByStem.computeIfAbsent(stem, k -> new ArrayList<>()).add(j);
            }
        }
    }

    /** Best source window for one derived sentence, or null if none is similar enough. */
    Match match(AnalyzedText derived, int sentence) {
        Map<String, Double> stems = votesOf(derived, sentence);
        if (total(stems) < MIN_SHARED_VOTES) {
            return null;
        }
        Map<Integer, Double> sharedWeight = new HashMap<>();
        for (String stem : stems.keySet()) {
            for (int j : sentencesByStem.getOrDefault(stem, List.of())) {
                sharedWeight.merge(j, weights.weight(stem), Double::sum);
            }
        }
        Match best = null;
        for (int j : topSentences(sharedWeight)) {
            for (int[] window : new int[][] {{j, j}, {j - 1, j}, {j, j + 1}}) {
                Match m = score(stems, sentence, window[0], window[1]);
                double margin = window[0] == window[1] ? 0 : MERGE_MARGIN;
                if (m != null && (best == null || m.similarity() > best.similarity() + margin)) {
                    best = m;
                }
            }
        }
        return best;
    }

    private Match score(Map<String, Double> derivedVotes, int sentence, int first, int last) {
        if (first < 0 || last >= source.sentences.size() || !source.sentences.get(first).content()
                || !source.sentences.get(last).content()) {
            return null;
        }
        Map<String, Double> firstVotes = sourceStems.get(first);
        Map<String, Double> lastVotes = sourceStems.get(last);
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
        double derivedContainment = shared / total(derivedVotes);
        double sourceContainment = sharedInWindow / windowTotal(first, last);
        // Containment of the derived sentence dominates: a split sentence covers only part of its source.
        double similarity = 0.7 * derivedContainment + 0.3 * sourceContainment;
        boolean similar = sharedWeight >= MIN_SHARED_WEIGHT && derivedContainment >= MIN_DERIVED_CONTAINMENT
                && similarity >= MIN_SIMILARITY;
        return similar ? new Match(sentence, first, last, similarity, sharedStems) : null;
    }

    /** Total votes of the window's stems, a stem present in both sentences counting once (its larger vote). */
    private double windowTotal(int first, int last) {
        double total = sourceTotals[first];
        if (last != first) {
            total += sourceTotals[last];
            for (Map.Entry<String, Double> e : sourceStems.get(last).entrySet()) {
                Double other = sourceStems.get(first).get(e.getKey());
                if (other != null) {
                    total -= Math.min(other, e.getValue());
                }
            }
        }
        return total;
    }

    private static List<Integer> topSentences(Map<Integer, Double> sharedWeight) {
        return sharedWeight.entrySet().stream()
                .sorted(Map.Entry.<Integer, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(WINDOWS_TRIED)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Content stems of a sentence with their votes: 1 each, 1/n for each stem of an n-word name. */
    static Map<String, Double> votesOf(AnalyzedText text, int sentence) {
        Sentence s = text.sentences.get(sentence);
        Map<String, Double> votes = new LinkedHashMap<>();
        if (!s.content()) {
            return votes;
        }
        int i = s.firstToken();
        while (i < s.endToken()) {
            int nameEnd = nameEnd(text, i, s.endToken());
            double vote = 1.0 / (nameEnd - i);
            for (int k = i; k < nameEnd; k++) {
                Token t = text.tokens.get(k);
                if (!t.is(Token.STOPWORD)) {
                    votes.merge(t.stem(), vote, Math::max);
                }
            }
            i = nameEnd;
        }
        return votes;
    }

    private static int nameEnd(AnalyzedText text, int from, int sentenceEnd) {
        int end = from + 1;
        Token first = text.tokens.get(from);
        if (!EntityTerms.isName(first) || first.is(Token.STOPWORD)) {
            return end;
        }
        while (end < sentenceEnd && EntityTerms.continuesName(text.text, text.tokens.get(end - 1), text.tokens.get(end))) {
            end++;
        }
        return end;
    }

    private static double total(Map<String, Double> votes) {
        return votes.values().stream().mapToDouble(Double::doubleValue).sum();
    }
}
