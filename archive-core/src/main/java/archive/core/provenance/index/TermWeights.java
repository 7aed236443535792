package archive.core.provenance.index;

import archive.core.provenance.analysis.LineKeys;
import archive.core.provenance.analysis.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rarity weight (smoothed inverse document frequency) of the content stems involved in one ranking, and which of
 * their lines are site furniture. {@link #PSEUDO_DOCUMENTS} imaginary documents without the term keep weights nearly
 * flat while the archive is small, so a five-document archive does not call every shared word "rare".
 */
public final class TermWeights {

    static final double PSEUDO_DOCUMENTS = 20;
    /**
     * A line in this many archived documents, and in {@link #FURNITURE_SHARE} of them, is furniture. The copies of
     * one story seldom reach it (eight copies of one DoD story are the most the real corpus has), a site's banner
     * does as soon as a dozen of its pages are archived.
     */
    static final int FURNITURE_MIN_DOCUMENTS = 10;
    /**
     * ...so that a line many sites reprinted stays evidence: in the real corpus the .gov banner is on a fifth of the
     * pages and the most-copied story's lines on under 4%.
     */
    static final double FURNITURE_SHARE = 0.05;

    private final Map<String, Double> weights;
    private final double unseenWeight;
    private final Set<Long> furniture;

    private TermWeights(Map<String, Double> weights, double unseenWeight, Set<Long> furniture) {
        this.weights = weights;
        this.unseenWeight = unseenWeight;
        this.furniture = furniture;
    }

    /** One read of the statistics for the stems and the line keys of the documents of one ranking. */
    public static TermWeights of(TermStatistics statistics, Set<String> stems, Set<Long> lineKeys) {
        List<String> ordered = new ArrayList<>(stems);
        List<Long> lines = new ArrayList<>(lineKeys);
        long[] hashes = new long[ordered.size() + lines.size()];
        for (int i = 0; i < ordered.size(); i++) {
            hashes[i] = Fingerprinter.termHash(ordered.get(i));
        }
        for (int i = 0; i < lines.size(); i++) {
            hashes[ordered.size() + i] = lines.get(i);
        }
        int[] df = statistics.documentFrequencies(hashes);
        long archived = statistics.documentCount();
        double documents = archived + PSEUDO_DOCUMENTS;
        Map<String, Double> weights = new HashMap<>(ordered.size() * 2);
        for (int i = 0; i < ordered.size(); i++) {
            weights.put(ordered.get(i), Math.log(documents / (df[i] + 1)));
        }
        Set<Long> furniture = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            int frequency = df[ordered.size() + i];
            if (frequency >= FURNITURE_MIN_DOCUMENTS && frequency >= FURNITURE_SHARE * archived) {
                furniture.add(lines.get(i));
            }
        }
        return new TermWeights(weights, Math.log(documents), furniture);
    }

    /** The weight of a word no archived document has: the most a word can weigh in this archive. */
    public double rareWordWeight() {
        return unseenWeight;
    }

    public double weight(String stem) {
        // Not getOrDefault: that would box the default on every call, the most frequent one of a comparison.
        Double weight = weights.get(stem);
        return weight != null ? weight : unseenWeight;
    }

    /** Whether the token's line is one many archived documents carry word for word: the site's, not the text's. */
    public boolean isFurniture(Token token) {
        return token.line() != LineKeys.NONE && furniture.contains(token.line());
    }

    /** The weight a token adds to its text's rarity mass: its stem's, 0 for stopwords, boilerplate and furniture. */
    public double weight(Token token) {
        return token.isContentWord() && !isFurniture(token) ? weight(token.stem()) : 0;
    }
}
