package archive.core.provenance;

import java.util.ArrayList;
import java.util.List;

/** The tokens of content sentences in reading order: the text that alignment compares. */
final class ContentWords {

    final AnalyzedText text;
    final List<Token> tokens;
    final String[] terms;

    private ContentWords(AnalyzedText text, List<Token> tokens) {
        this.text = text;
        this.tokens = tokens;
        this.terms = tokens.stream().map(Token::term).toArray(String[]::new);
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

    int startChar(int position) {
        return tokens.get(position).start();
    }

    int endChar(int positionExclusive) {
        return tokens.get(positionExclusive - 1).end();
    }
}
