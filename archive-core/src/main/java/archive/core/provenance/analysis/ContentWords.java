package archive.core.provenance.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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

    /**
     * The distinct seeds, sorted, and where each one's positions begin in {@link #positionsBySeed} (ascending
     * there): primitive arrays rather than a map of boxed seeds, built once per document.
     */
    private final long[] distinctSeeds;
    private final int[] seedStarts;
    private final int[] positionsBySeed;

    private ContentWords(AnalyzedText text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.terms = tokens.stream().map(Token::term).toArray(String[]::new);
        this.seeds = new long[terms.length];
        int seeded = Math.max(0, terms.length - SEED_WORDS + 1);
        for (int p = 0; p < seeded; p++) {
            seeds[p] = seedHash(terms, p);
        }
        long[] sorted = Arrays.copyOf(seeds, seeded);
        Arrays.sort(sorted);
        int distinct = 0;
        for (int k = 0; k < sorted.length; k++) {
            if (k == 0 || sorted[k] != sorted[k - 1]) {
                sorted[distinct++] = sorted[k];
            }
        }
        this.distinctSeeds = Arrays.copyOf(sorted, distinct);
        this.seedStarts = new int[distinct + 1];
        int[] seedOf = new int[seeded];
        for (int p = 0; p < seeded; p++) {
            seedOf[p] = Arrays.binarySearch(distinctSeeds, seeds[p]);
            seedStarts[seedOf[p] + 1]++;
        }
        for (int k = 0; k < distinct; k++) {
            seedStarts[k + 1] += seedStarts[k];
        }
        this.positionsBySeed = new int[seeded];
        int[] filled = Arrays.copyOf(seedStarts, distinct);
        for (int p = 0; p < seeded; p++) {
            positionsBySeed[filled[seedOf[p]]++] = p;
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

    /** The positions whose seed it is, ascending. */
    public int[] positionsOf(long seed) {
        int k = Arrays.binarySearch(distinctSeeds, seed);
        return k < 0 ? NONE : Arrays.copyOfRange(positionsBySeed, seedStarts[k], seedStarts[k + 1]);
    }

    public int startChar(int position) {
        return tokens.get(position).start();
    }

    public int endChar(int positionExclusive) {
        return tokens.get(positionExclusive - 1).end();
    }

    private static long seedHash(String[] words, int from) {
        long h = 0;
        for (int k = from; k < from + SEED_WORDS; k++) {
            h = Hashing.combine(h, words[k].hashCode());
        }
        return h;
    }
}
