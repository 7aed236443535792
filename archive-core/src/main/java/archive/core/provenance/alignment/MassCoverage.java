package archive.core.provenance.alignment;

import archive.core.provenance.analysis.AnalyzedText;
import archive.core.provenance.analysis.Sentence;
import archive.core.provenance.index.TermWeights;
import java.util.Set;

/**
 * Which content words of a text the evidence accounts for, as a share of the text's rarity mass (sum of
 * the weights of its content words). Stock phrases made of common words barely move this share, while
 * the names, numbers and rare terms that make an article unique dominate it.
 */
public final class MassCoverage {

    private final AnalyzedText text;
    private final double[] tokenWeights;
    private final boolean[] covered;

    /** {@code tokenWeights} from {@link #tokenWeights}, computed once per text and ranking. */
    MassCoverage(AnalyzedText text, double[] tokenWeights) {
        this.text = text;
        this.tokenWeights = tokenWeights;
        this.covered = new boolean[tokenWeights.length];
    }

    /** Weight of every token: its stem's rarity for content words, 0 for stopwords, boilerplate and furniture. */
    public static double[] tokenWeights(AnalyzedText text, TermWeights weights) {
        double[] w = new double[text.tokens.size()];
        for (int i = 0; i < w.length; i++) {
            w[i] = weights.weight(text.tokens.get(i));
        }
        return w;
    }

    /** Marks every content word inside a char range (a verbatim run). */
    void markRange(int start, int end) {
        for (int i = firstTokenAtOrAfter(start); i < covered.length && text.tokens.get(i).end() <= end; i++) {
            covered[i] = true;
        }
    }

    /** Marks the content words of one sentence whose stems the other text shares (a paraphrase pair). */
    void markStems(int sentence, Set<String> stems) {
        Sentence s = text.sentences.get(sentence);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (stems.contains(text.tokens.get(i).stem())) {
                covered[i] = true;
            }
        }
    }

    double share() {
        double total = 0;
        double marked = 0;
        for (int i = 0; i < covered.length; i++) {
            total += tokenWeights[i];
            marked += covered[i] ? tokenWeights[i] : 0;
        }
        return total == 0 ? 0 : marked / total;
    }

    private int firstTokenAtOrAfter(int offset) {
        int low = 0;
        int high = covered.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (text.tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
