package archive.core.provenance;

import java.util.List;

/**
 * A text broken into tokens and sentences with offsets into the original String, quoted passages and
 * URLs. Immutable; built by {@link TextAnalyzer}.
 */
final class AnalyzedText {

    final String text;
    final List<Token> tokens;
    final List<Sentence> sentences;
    final List<Span> quotes;
    final List<Span> urls;
    final int contentChars;

    AnalyzedText(String text, List<Token> tokens, List<Sentence> sentences, List<Span> quotes, List<Span> urls) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.quotes = List.copyOf(quotes);
        this.urls = List.copyOf(urls);
        this.contentChars = sentences.stream().filter(Sentence::content).mapToInt(Sentence::length).sum();
    }

    boolean isQuoted(int start, int end) {
        int quoted = 0;
        for (Span q : quotes) {
            quoted += q.overlap(start, end);
        }
        return quoted * 2 >= end - start;
    }
}
