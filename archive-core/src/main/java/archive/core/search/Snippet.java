package archive.core.search;

import archive.core.metadata.ArticleBody;
import archive.core.metadata.DocumentLine;
import archive.core.metadata.LineRole;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

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

    /** Lines a reader does not want to see a document by: a lead image's URL, menus, date lines, site furniture. */
    private static final Set<LineRole> CHROME = EnumSet.of(LineRole.IMAGE_URL, LineRole.NAVIGATION,
            LineRole.DATE_LINE, LineRole.SITE_BOILERPLATE);

    /**
     * The opening words of the article in a text, for listings without a query: the layout's chrome lines and the
     * headline (shown above the snippet anyway) left out; a text without article lines leads with what it has.
     */
    public static Snippet articleLead(String text, int maxChars) {
        ArticleBody layout = ArticleBody.of(text);
        String article = layout.spans().stream().map(span -> span.slice(text)).collect(Collectors.joining(" "));
        return lead(article.isBlank() ? withoutChrome(layout) : article, maxChars);
    }

    /**
     * A marked headline of a text with its chrome lines taken out of the unmarked parts, so that a passage around
     * a match does not start with the lead image's URL or a menu.
     *
     * @param text the start of the text the headline was cut from, enough to see its layout
     */
    public static Snippet headlineWithoutChrome(String headline, String text) {
        List<String> chrome = ArticleBody.of(text).lines().stream().filter(line -> CHROME.contains(line.role()))
                .map(line -> collapseWhitespace(line.text())).filter(line -> !line.isEmpty()).toList();
        List<Part> parts = new ArrayList<>();
        for (Part part : fromHeadline(headline).parts()) {
            String kept = part.text();
            if (!part.match()) {
                for (String line : chrome) {
                    kept = withoutLine(kept, line);
                }
                kept = kept.replaceAll("\\s{2,}", " ");
                if (parts.isEmpty()) {
                    kept = kept.stripLeading();
                }
            }
            if (!kept.isEmpty()) {
                parts.add(new Part(kept, part.match()));
            }
        }
        return new Snippet(List.copyOf(parts));
    }

    /** Shortest piece of a chrome line recognised where a fragment starts or ends inside it. */
    private static final int MIN_CHROME_PIECE = 8;

    /**
     * The part without the line: whole, or the end of it where the part starts (ts_headline starts a fragment at a
     * word inside the line, e.g. in the middle of a URL) and its start where the part ends.
     */
    private static String withoutLine(String part, String line) {
        String kept = part.replace(line, " ");
        String leading = kept.stripLeading();
        for (int length = line.length() - 1; length >= MIN_CHROME_PIECE; length--) {
            if (leading.startsWith(line.substring(line.length() - length))) {
                kept = " " + leading.substring(length);
                break;
            }
        }
        String trailing = kept.stripTrailing();
        for (int length = line.length() - 1; length >= MIN_CHROME_PIECE; length--) {
            if (trailing.endsWith(line.substring(0, length))) {
                kept = trailing.substring(0, trailing.length() - length) + " ";
                break;
            }
        }
        return kept;
    }

    private static String withoutChrome(ArticleBody layout) {
        return layout.lines().stream().filter(line -> !CHROME.contains(line.role())).map(DocumentLine::text)
                .collect(Collectors.joining(" "));
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
