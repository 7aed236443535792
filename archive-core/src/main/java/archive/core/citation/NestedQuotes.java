package archive.core.citation;

import de.undercouch.citeproc.csl.internal.RenderContext;
import de.undercouch.citeproc.csl.internal.TokenBuffer;
import de.undercouch.citeproc.csl.internal.token.TextToken;
import de.undercouch.citeproc.csl.internal.token.Token;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Quotation marks in an item's text, set by nesting as CSL wants: outer marks (the locale's open-quote/close-quote)
 * at the top level, inner ones inside, alternating. citeproc-java turns straight quotes into curly ones by kind
 * (' inner, " outer) and leaves a quotation inside a quoted title as it is, so Chicago printed “Exercise “a Clear
 * Signal” …” and APA ‘Ready Now’ where citeproc-js, the reference processor, prints “Exercise ‘a Clear Signal’ …”
 * and “Ready Now”. Runs after citeproc-java's post-processing, on its curly marks. A closing mark with no opening one
 * before it in the same text is an apostrophe (“the Army’s”) and stays.
 */
final class NestedQuotes {

    private final String[] open;
    private final String[] close;

    private NestedQuotes(RenderContext ctx) {
        this.open = new String[] {ctx.getTerm("open-quote"), ctx.getTerm("open-inner-quote")};
        this.close = new String[] {ctx.getTerm("close-quote"), ctx.getTerm("close-inner-quote")};
    }

    static void apply(TokenBuffer buffer, RenderContext ctx) {
        new NestedQuotes(ctx).applyTo(buffer.getTokens());
    }

    private void applyTo(List<Token> tokens) {
        int styleDepth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (!(tokens.get(i) instanceof TextToken text)) {
                continue;
            }
            switch (text.getType()) {
                case OPEN_QUOTE -> styleDepth++;
                case CLOSE_QUOTE -> styleDepth = Math.max(0, styleDepth - 1);
                case TEXT -> {
                    String nested = nest(text.getText(), styleDepth);
                    if (!nested.equals(text.getText())) {
                        tokens.set(i, text.copyWithText(nested));
                    }
                }
                default -> {
                }
            }
        }
    }

    private String nest(String text, int styleDepth) {
        StringBuilder result = new StringBuilder(text.length());
        Deque<Integer> opened = new ArrayDeque<>();
        int i = 0;
        while (i < text.length()) {
            String closing = opened.isEmpty() ? null : startsWithAny(text, i, close);
            String opening = closing == null ? startsWithAny(text, i, open) : null;
            if (closing != null) {
                result.append(close[opened.pop()]);
                i += closing.length();
            } else if (opening != null) {
                int level = (styleDepth + opened.size()) % 2;
                opened.push(level);
                result.append(open[level]);
                i += opening.length();
            } else {
                result.append(text.charAt(i));
                i++;
            }
        }
        return result.toString();
    }

    private static String startsWithAny(String text, int at, String[] marks) {
        for (String mark : marks) {
            if (!mark.isEmpty() && text.startsWith(mark, at)) {
                return mark;
            }
        }
        return null;
    }
}
