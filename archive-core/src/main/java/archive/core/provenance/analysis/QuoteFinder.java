package archive.core.provenance.analysis;

import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds quoted passages in the original text. Curly quotes say which side they are on; straight quotes
 * alternate. A quote still open at the end of a paragraph ends there (multi-paragraph quotations reopen
 * the next paragraph with a new opening mark).
 */
public final class QuoteFinder {

    private QuoteFinder() {
    }

    public static List<TextSpan> find(String text) {
        List<TextSpan> quotes = new ArrayList<>();
        int openAt = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean opening = c == '\u201C' || (c == '"' && openAt < 0);
            boolean closing = c == '\u201D' || (c == '"' && openAt >= 0);
            if (c == '\n' && openAt >= 0) {
                addQuote(openAt, i, quotes);
                openAt = -1;
            } else if (closing && openAt >= 0) {
                addQuote(openAt, i, quotes);
                openAt = -1;
            } else if (opening) {
                openAt = i + 1;
            }
        }
        if (openAt >= 0) {
            addQuote(openAt, text.length(), quotes);
        }
        return quotes;
    }

    private static void addQuote(int start, int end, List<TextSpan> quotes) {
        if (end > start) {
            quotes.add(new TextSpan(start, end));
        }
    }
}
