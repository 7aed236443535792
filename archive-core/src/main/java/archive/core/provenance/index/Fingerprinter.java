package archive.core.provenance.index;

import archive.core.provenance.analysis.AnalyzedText;
import archive.core.provenance.analysis.DistinctLongs;
import archive.core.provenance.analysis.EntityTerms;
import archive.core.provenance.analysis.Hashing;
import archive.core.provenance.analysis.LineKeys;
import archive.core.provenance.analysis.TextAnalyzer;
import archive.core.provenance.analysis.Token;
import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Computes the {@link Fingerprints} of a text. All parameters are fixed: changing any of them changes
 * the stored keys and requires re-indexing.
 */
public final class Fingerprinter {

    static final int SHINGLE_WORDS = 3;
    public static final int SHINGLE_BANDS = 32;
    static final int SHINGLE_ROWS = 4;
    public static final int TERM_BANDS = 64;
    static final int TERM_ROWS = 2;
    static final int ANCHOR_WORDS = 4;
    /** Keep one anchor shingle in 8: hit counts stay proportional to shared text at an eighth of the rows. */
    static final long ANCHOR_SAMPLE_MASK = 7;
    public static final int QUOTE_WINDOW = 6;
    /**
     * Store every third quote window; queries probe every window, so any shared run of
     * QUOTE_WINDOW + QUOTE_STRIDE - 1 = 8 words still hits while the quote rows shrink threefold.
     */
    public static final int QUOTE_STRIDE = 3;

    private static final long SHINGLE_SALT = 0x5348494e474c4531L;
    private static final long TERM_SALT = 0x5445524d53455431L;
    private static final long ANCHOR_SALT = 0x414e43484f523031L;
    private static final long QUOTE_SALT = 0x51554f5445533031L;
    private static final long ENTITY_SALT = 0x454e544954593031L;

    private static final MinHasher MIN_HASHER = new MinHasher(128, 0x4d494e4841534831L);

    public Fingerprints fingerprint(String text) {
        return fingerprint(TextAnalyzer.analyze(text));
    }

    public Fingerprints fingerprint(AnalyzedText text) {
        List<String> contentStems = new ArrayList<>();
        for (Token t : text.tokens) {
            if (t.isContentWord()) {
                contentStems.add(t.stem());
            }
        }
        Map<FeatureKind, long[]> keys = new EnumMap<>(FeatureKind.class);
        keys.put(FeatureKind.SHINGLE_BAND, bands(shingles(contentStems, SHINGLE_WORDS, SHINGLE_SALT),
                SHINGLE_BANDS, SHINGLE_ROWS, SHINGLE_SALT));
        long[] termHashes = distinctHashes(contentStems);
        keys.put(FeatureKind.TERM_BAND, bands(salted(termHashes, TERM_SALT), TERM_BANDS, TERM_ROWS, TERM_SALT));
        keys.put(FeatureKind.ANCHOR, anchors(contentStems));
        keys.put(FeatureKind.QUOTE, quoteWindows(text));
        keys.put(FeatureKind.ENTITY, salted(distinctHashes(EntityTerms.of(text)), ENTITY_SALT));
        return new Fingerprints(keys, passageWindows(text), LineKeys.withTerms(termHashes, LineKeys.distinct(text)));
    }

    /** Hash of a stem as used for document-frequency statistics. */
    static long termHash(String stem) {
        return Hashing.hash(stem);
    }

    private static long[] bands(long[] elements, int bands, int rows, long salt) {
        if (elements.length == 0) {
            return new long[0];
        }
        return MinHasher.bandKeys(MIN_HASHER.signature(elements), bands, rows, salt);
    }

    private static long[] shingles(List<String> words, int size, long salt) {
        DistinctLongs shingles = new DistinctLongs(words.size());
        for (int i = 0; i + size <= words.size(); i++) {
            shingles.add(sequenceHash(words.subList(i, i + size), salt));
        }
        return shingles.toArray();
    }

    private static long[] anchors(List<String> words) {
        return Arrays.stream(shingles(words, ANCHOR_WORDS, ANCHOR_SALT))
                .filter(shingle -> (Hashing.mix(shingle) & ANCHOR_SAMPLE_MASK) == 0).toArray();
    }

    /** Windows inside quotations of at least {@link #QUOTE_WINDOW} words: these are the stored quote rows. */
    private static long[] quoteWindows(AnalyzedText text) {
        DistinctLongs windows = new DistinctLongs(16);
        for (TextSpan quote : text.quotes) {
            List<String> terms = new ArrayList<>();
            for (Token t : text.tokens) {
                if (t.is(Token.IN_CONTENT) && quote.contains(t.start())) {
                    terms.add(t.term());
                }
            }
            addWindows(terms, QUOTE_STRIDE, windows);
        }
        return windows.toArray();
    }

    /** Every window of the content text: probing these finds stored quotations wherever they reappear. */
    private static long[] passageWindows(AnalyzedText text) {
        List<String> terms = new ArrayList<>();
        for (Token t : text.tokens) {
            if (t.is(Token.IN_CONTENT)) {
                terms.add(t.term());
            }
        }
        DistinctLongs windows = new DistinctLongs(terms.size());
        addWindows(terms, 1, windows);
        return windows.toArray();
    }

    private static void addWindows(List<String> terms, int stride, DistinctLongs windows) {
        for (int i = 0; i + QUOTE_WINDOW <= terms.size(); i += stride) {
            windows.add(sequenceHash(terms.subList(i, i + QUOTE_WINDOW), QUOTE_SALT));
        }
    }

    private static long sequenceHash(List<String> words, long salt) {
        long h = salt;
        for (String w : words) {
            h = Hashing.combine(h, Hashing.hash(w));
        }
        return h;
    }

    private static long[] distinctHashes(Collection<String> values) {
        DistinctLongs hashes = new DistinctLongs(values.size());
        for (String v : values) {
            hashes.add(termHash(v));
        }
        return hashes.toArray();
    }

    private static long[] salted(long[] hashes, long salt) {
        long[] out = new long[hashes.length];
        for (int i = 0; i < hashes.length; i++) {
            out[i] = Hashing.combine(salt, hashes[i]);
        }
        return out;
    }
}
