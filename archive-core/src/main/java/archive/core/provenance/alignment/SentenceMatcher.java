package archive.core.provenance.alignment;

import archive.core.provenance.analysis.Sentence;
import archive.core.provenance.analysis.SentenceVotes;
import archive.core.provenance.index.TermWeights;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
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
        if (derived.total(sentence) < MIN_SHARED_VOTES) {
            return null;
        }
        // The source's ids of the derived sentence's stems, entry by entry (-1: the source lacks the stem).
        int[] sourceIds = new int[derived.end(sentence) - derived.start(sentence)];
        double[] sharedWeight = new double[source.text.sentences.size()];
        for (int entry = derived.start(sentence); entry < derived.end(sentence); entry++) {
            String stem = derived.stem(entry);
            int id = source.idOf(stem);
            sourceIds[entry - derived.start(sentence)] = id;
            double w = weights.weight(stem);
            for (int j : source.sentencesWith(id)) {
                sharedWeight[j] += w;
            }
        }
        Match best = null;
        for (int j : topSentences(sharedWeight)) {
            for (int[] window : new int[][] {{j, j}, {j - 1, j}, {j, j + 1}}) {
                Match m = score(derived, sentence, sourceIds, window[0], window[1]);
                double margin = window[0] == window[1] ? 0 : MERGE_MARGIN;
                if (m != null && (best == null || m.similarity() > best.similarity() + margin)) {
                    best = m;
                }
            }
        }
        return best;
    }

    private Match score(SentenceVotes derived, int sentence, int[] sourceIds, int first, int last) {
        List<Sentence> sentences = source.text.sentences;
        if (first < 0 || last >= sentences.size() || !sentences.get(first).content() || !sentences.get(last).content()) {
            return null;
        }
        double sharedWeight = 0;
        double shared = 0;
        double sharedInWindow = 0;
        int offset = derived.start(sentence);
        for (int entry = offset; entry < derived.end(sentence); entry++) {
            double windowVote = windowVote(sourceIds[entry - offset], first, last);
            if (windowVote > 0) {
                sharedWeight += weights.weight(derived.stem(entry));
                shared += derived.vote(entry);
                sharedInWindow += windowVote;
            }
        }
        if (shared < MIN_SHARED_VOTES) {
            return null;
        }
        double derivedContainment = shared / derived.total(sentence);
        double sourceContainment = sharedInWindow / windowTotal(first, last);
        // Containment of the derived sentence dominates: a split sentence covers only part of its source.
        double similarity = 0.7 * derivedContainment + 0.3 * sourceContainment;
        boolean similar = sharedWeight >= MIN_SHARED_WEIGHT && derivedContainment >= MIN_DERIVED_CONTAINMENT
                && similarity >= MIN_SIMILARITY;
        if (!similar) {
            return null;
        }
        Set<String> sharedStems = new HashSet<>();
        for (int entry = offset; entry < derived.end(sentence); entry++) {
            if (windowVote(sourceIds[entry - offset], first, last) > 0) {
                sharedStems.add(derived.stem(entry));
            }
        }
        return new Match(sentence, first, last, similarity, sharedStems);
    }

    /** The larger vote of a source stem (by id) in the window's two sentences; 0 if neither has it. */
    private double windowVote(int id, int first, int last) {
        return id < 0 ? 0 : Math.max(source.voteIn(first, id), source.voteIn(last, id));
    }

    /** Total votes of the window's stems, a stem present in both sentences counting once (its larger vote). */
    private double windowTotal(int first, int last) {
        double total = source.total(first);
        if (last != first) {
            total += source.total(last);
            for (int entry = source.start(last); entry < source.end(last); entry++) {
                double other = source.voteIn(first, source.id(entry));
                if (other > 0) {
                    total -= Math.min(other, source.vote(entry));
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
