package archive.core.provenance.analysis;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Specific mentions in content sentences: capitalized words that do not start a sentence ("Peshmerga"),
 * adjacent capitalized pairs ("yoav gallant") and numbers ("2500"). Two articles about one event share
 * these even when they share no sentence.
 */
public final class EntityTerms {

    private static final int MIN_NAME_LENGTH = 3;

    private EntityTerms() {
    }

    public static Set<String> of(AnalyzedText text) {
        Set<String> entities = new LinkedHashSet<>();
        List<Token> tokens = text.tokens;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Token.IN_CONTENT) || t.is(Token.STOPWORD)) {
                continue;
            }
            if (t.is(Token.NUMERIC)) {
                if (t.term().length() >= 2) {
                    entities.add(t.term());
                }
            } else if (isName(t)) {
                if (!t.is(Token.SENTENCE_INITIAL) && t.term().length() >= MIN_NAME_LENGTH) {
                    entities.add(t.stem());
                }
                if (i + 1 < tokens.size() && continuesName(text.text, t, tokens.get(i + 1))) {
                    entities.add(t.stem() + ' ' + tokens.get(i + 1).stem());
                }
            }
        }
        return entities;
    }

    static boolean isName(Token t) {
        return t.is(Token.CAPITALIZED) && !t.is(Token.NUMERIC);
    }

    /** Only words separated by whitespace form a name: "Iraq,” Ryder" is two mentions, not one. */
    static boolean continuesName(String text, Token t, Token next) {
        if (next.sentence() != t.sentence() || !isName(next) || next.is(Token.STOPWORD)) {
            return false;
        }
        for (int i = t.end(); i < next.start(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
