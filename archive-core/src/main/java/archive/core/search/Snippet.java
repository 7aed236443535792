package archive.core.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A short passage of a document with the words that matched the query marked. It is plain text in parts, never
 * markup: whoever displays it escapes every part and decides how a match looks.
 */
public record Snippet(List<Part> parts) {

    /** Marks PostgreSQL puts around matches; C0 controls, which no archived text contains (ingest refuses them). */
    static final char MATCH_START = '\u0002';
    static final char MATCH_END = '\u0003';

    public record Part(String text, boolean match) {
    }

    /** Reads ts_headline output whose matches are delimited by {@link #MATCH_START} and {@link #MATCH_END}. */
    public static Snippet fromHeadline(String headline) {
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inMatch = false;
        for (char c : collapseWhitespace(headline).toCharArray()) {
            if (c == MATCH_START || c == MATCH_END) {
                add(parts, current, inMatch);
                inMatch = c == MATCH_START;
            } else {
                current.append(c);
            }
        }
        add(parts, current, inMatch);
        return new Snippet(List.copyOf(parts));
    }

    /** The opening words of a text, cut at a word boundary, for listings without a query. */
    public static Snippet lead(String text, int maxChars) {
        String flat = collapseWhitespace(text);
        if (flat.length() <= maxChars) {
            return new Snippet(flat.isEmpty() ? List.of() : List.of(new Part(flat, false)));
        }
        int cut = flat.lastIndexOf(' ', maxChars);
        String head = flat.substring(0, cut > maxChars / 2 ? cut : maxChars);
        return new Snippet(List.of(new Part(head + " …", false)));
    }

    public String plainText() {
        StringBuilder text = new StringBuilder();
        parts.forEach(part -> text.append(part.text()));
        return text.toString();
    }

    private static void add(List<Part> parts, StringBuilder text, boolean match) {
        if (!text.isEmpty()) {
            parts.add(new Part(text.toString(), match));
            text.setLength(0);
        }
    }

    private static String collapseWhitespace(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }
}
