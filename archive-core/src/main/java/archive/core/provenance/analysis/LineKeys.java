package archive.core.provenance.analysis;

import archive.core.provenance.index.Fingerprints;
import archive.core.provenance.index.TermWeights;
import archive.core.text.TextSpan;
import java.util.Arrays;
import java.util.List;

/**
 * Keys of whole lines (of each sentence, in a line of several), so the archive can learn its sites' furniture: a line
 * that many archived documents carry
 * word for word (a ".gov" banner, a menu, a share bar, a newsletter pitch) is the site's, not the article's, and is
 * not evidence that one copied the other. Their document frequencies are kept with the terms' (see
 * {@link Fingerprints#termHashes()}); {@link TermWeights#isFurniture} decides.
 */
public final class LineKeys {

    public static final long NONE = 0;
    /** "Share", "Menu": too short to tell furniture from a heading; headings are boilerplate already. */
    static final int MIN_WORDS = 4;
    /**
     * Furniture lines are short; an article's paragraphs are longer. Keying only short lines keeps the statistics
     * small, and a paragraph that many copies share stays evidence of copying.
     */
    static final int MAX_WORDS = 40;
    private static final long SALT = 0x4c494e454b455931L;

    private LineKeys() {
    }

    /** The key of a line given its words (offsets into {@code folded}), or {@link #NONE}. */
    static long of(String folded, List<TextSpan> words) {
        if (words.size() < MIN_WORDS || words.size() > MAX_WORDS) {
            return NONE;
        }
        long h = SALT;
        int terms = 0;
        for (TextSpan word : words) {
            String term = TermNormalizer.normalize(folded.substring(word.start(), word.end()));
            if (!term.isEmpty()) {
                h = Hashing.combine(h, Hashing.hash(term));
                terms++;
            }
        }
        return terms < MIN_WORDS || h == NONE ? NONE : h;
    }

    /** The distinct line keys of a text, for its document-frequency statistics. */
    public static long[] distinct(AnalyzedText text) {
        DistinctLongs keys = new DistinctLongs(text.sentences.size());
        long previous = NONE;
        for (Token token : text.tokens) {
            // A line's tokens come together: most are the key just added.
            if (token.line() != NONE && token.line() != previous) {
                keys.add(token.line());
            }
            previous = token.line();
        }
        return keys.toArray();
    }

    /** Term hashes and line keys of one document, the rows its statistics add. */
    public static long[] withTerms(long[] termHashes, long[] lineKeys) {
        long[] all = Arrays.copyOf(termHashes, termHashes.length + lineKeys.length);
        System.arraycopy(lineKeys, 0, all, termHashes.length, lineKeys.length);
        return all;
    }
}
