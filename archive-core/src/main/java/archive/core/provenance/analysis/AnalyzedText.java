package archive.core.provenance.analysis;

import archive.core.text.TextSpan;
import java.util.List;

/**
 * A text broken into tokens and sentences with offsets into the original String, and its quoted
 * passages. Immutable; built by {@link TextAnalyzer}.
 */
public final class AnalyzedText {

    public final String text;
    /** {@link #text} after {@link TextFolding}: same length, same offsets. */
    final String folded;
    public final List<Token> tokens;
    public final List<Sentence> sentences;
    public final List<TextSpan> quotes;
    public final int contentChars;

    AnalyzedText(String text, String folded, List<Token> tokens, List<Sentence> sentences, List<TextSpan> quotes) {
        this.text = text;
        this.folded = folded;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.quotes = List.copyOf(quotes);
        this.contentChars = sentences.stream().filter(Sentence::content).mapToInt(Sentence::length).sum();
    }

    public boolean isQuoted(int start, int end) {
        int quoted = 0;
        for (TextSpan q : quotes) {
            quoted += q.overlap(start, end);
        }
        return quoted * 2 >= end - start;
    }
}
