package archive.core.provenance.analysis;

import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds URLs, which are kept out of words and evidence but read for credits and authority. */
public final class UrlFinder {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s\"<>]+");

    private UrlFinder() {
    }

    static List<TextSpan> find(String text) {
        List<TextSpan> urls = new ArrayList<>();
        if (!mayContainUrl(text)) {
            return urls;
        }
        Matcher m = URL.matcher(text);
        while (m.find()) {
            int end = m.end();
            while (end > m.start() && ".,;:)".indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            urls.add(new TextSpan(m.start(), end));
        }
        return urls;
    }

    /** Cheap pre-check: most texts have no URL, and the regular expression is the slowest part of analysis. */
    private static boolean mayContainUrl(String text) {
        return text.contains("://") || text.contains("www.") || text.contains("WWW.");
    }
}
