package archive.core.provenance.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The tokens of content sentences in reading order, with the seed index verbatim-run search needs.
 * Independent of term weights, so it is built once per document and reused for every comparison.
 */
public final class ContentWords {

    public final AnalyzedText text;
    public final List<Token> tokens;
    public final String[] terms;
    /** Words in a seed: a verbatim run is found from the seeds the two texts share, then extended. */
    public static final int SEED_WORDS = 5;
    /** Hash of the {@link #SEED_WORDS} terms starting at each position (0 past the end). */
    public final long[] seeds;
    private static final int[] NONE = new int[0];

    private final Map<Long, int[]> positionsBySeed = new HashMap<>();

    private ContentWords(AnalyzedText text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.terms = tokens.stream().map(Token::term).toArray(String[]::new);
        this.seeds = new long[terms.length];
        for (int p = 0; p + SEED_WORDS <= terms.length; p++) {
            seeds[p] = seedHash(terms, p);
            int[] positions = positionsBySeed.get(seeds[p]);
            positionsBySeed.put(seeds[p], positions == null ? new int[] {p} : append(positions, p));
        }
    }

    static ContentWords of(AnalyzedText text) {
        List<Token> content = new ArrayList<>();
        for (Token t : text.tokens) {
            if (t.is(Token.IN_CONTENT)) {
                content.add(t);
            }
        }
        return new ContentWords(text, content);
    }

    public int[] positionsOf(long seed) {
        return positionsBySeed.getOrDefault(seed, NONE);
    }

    public int startChar(int position) {
        return tokens.get(position).start();
    }

    public int endChar(int positionExclusive) {
        return tokens.get(positionExclusive - 1).end();
    }

    private static int[] append(int[] values, int value) {
        int[] grown = Arrays.copyOf(values, values.length + 1);
        grown[values.length] = value;
        return grown;
    }

    private static long seedHash(String[] words, int from) {
        long h = 0;
        for (int k = from; k < from + SEED_WORDS; k++) {
            h = Hashing.combine(h, words[k].hashCode());
        }
        return h;
    }
}
