package archive.core.provenance.analysis;

/**
 * One word of an analyzed text.
 *
 * @param term     normalized surface form (lowercase, accents and punctuation removed, number words as digits)
 * @param stem     light stem of {@code term}, used for paraphrase-tolerant comparisons
 * @param start    offset of the first char in the original text
 * @param end      offset after the last char in the original text
 * @param sentence index of the sentence holding the token
 * @param flags    bit set of the {@code Token} flag constants
 * @param line     {@link LineKeys key} of the line holding the token, {@link LineKeys#NONE} for a line too short or
 *                 too long to be site furniture
 */
public record Token(String term, String stem, int start, int end, int sentence, int flags, long line) {

    public static final int CAPITALIZED = 1;
    public static final int NUMERIC = 2;
    public static final int STOPWORD = 4;
    static final int SENTENCE_INITIAL = 8;
    public static final int IN_CONTENT = 16;

    public boolean is(int flag) {
        return (flags & flag) != 0;
    }

    /** A word that carries meaning (not a stopword) inside a content sentence (not boilerplate). */
    public boolean isContentWord() {
        return is(IN_CONTENT) && !is(STOPWORD);
    }
}
