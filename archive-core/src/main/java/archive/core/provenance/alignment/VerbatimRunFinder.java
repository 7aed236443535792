package archive.core.provenance.alignment;

import archive.core.provenance.analysis.ContentWords;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds maximal runs of identical terms shared by two word sequences (seeded by {@link ContentWords#SEED_WORDS}-word
 * hashes, then extended), and joins runs separated by a few edited words, so a typo does not split one
 * copied paragraph into unrelated fragments.
 */
public final class VerbatimRunFinder {

    /** Edited words tolerated between two runs on the same diagonal. */
    static final int MAX_GAP_WORDS = 3;

    /**
     * A run in word positions. {@code matched} counts identical words, which is less than the length
     * once runs across edits have been joined.
     */
    record Run(int derivedFrom, int derivedTo, int sourceFrom, int sourceTo, int matched) {

        double similarity() {
            return matched / (double) Math.max(derivedTo - derivedFrom, sourceTo - sourceFrom);
        }
    }

    private VerbatimRunFinder() {
    }

    static List<Run> find(ContentWords derived, ContentWords source) {
        return join(exactRuns(derived, source));
    }

    private static List<Run> exactRuns(ContentWords derived, ContentWords source) {
        List<Run> runs = new ArrayList<>();
        int i = 0;
        while (i + ContentWords.SEED_WORDS <= derived.terms.length) {
            int bestLength = 0;
            int bestSource = -1;
            for (int p : source.positionsOf(derived.seeds[i])) {
                int length = commonLength(derived.terms, i, source.terms, p);
                if (length > bestLength) {
                    bestLength = length;
                    bestSource = p;
                }
            }
            if (bestLength >= ContentWords.SEED_WORDS) {
                runs.add(new Run(i, i + bestLength, bestSource, bestSource + bestLength, bestLength));
                i += bestLength;
            } else {
                i++;
            }
        }
        return runs;
    }

    private static List<Run> join(List<Run> runs) {
        List<Run> joined = new ArrayList<>();
        for (Run run : runs) {
            if (!joined.isEmpty()) {
                Run last = joined.get(joined.size() - 1);
                int derivedGap = run.derivedFrom() - last.derivedTo();
                int sourceGap = run.sourceFrom() - last.sourceTo();
                if (derivedGap >= 0 && sourceGap >= 0 && derivedGap <= MAX_GAP_WORDS && sourceGap <= MAX_GAP_WORDS) {
                    joined.set(joined.size() - 1, new Run(last.derivedFrom(), run.derivedTo(), last.sourceFrom(),
                            run.sourceTo(), last.matched() + run.matched()));
                    continue;
                }
            }
            joined.add(run);
        }
        return joined;
    }

    private static int commonLength(String[] a, int i, String[] b, int j) {
        int n = 0;
        while (i + n < a.length && j + n < b.length && a[i + n].equals(b[j + n])) {
            n++;
        }
        return n;
    }
}
