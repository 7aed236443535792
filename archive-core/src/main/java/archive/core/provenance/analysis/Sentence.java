package archive.core.provenance.analysis;

/**
 * A sentence (or a line without sentence punctuation) of an analyzed text.
 *
 * @param start      offset of the first char in the original text
 * @param end        offset after the last char in the original text
 * @param firstToken index of its first token
 * @param endToken   index after its last token
 * @param content    false for boilerplate: navigation, headings, URLs, credit lines
 */
public record Sentence(int start, int end, int firstToken, int endToken, boolean content) {

    public int length() {
        return end - start;
    }
}
