package archive.core.metadata;

import java.util.Locale;
import java.util.Set;

/**
 * Standalone lines that open a website's furniture below an article. Everything from such a line
 * on belongs to the site, not the article (widgets, "about" blurbs, social links, almanacs).
 */
final class BoilerplateMarkers {

    private static final int MAX_MARKER_LENGTH = 40;
    private static final Set<String> MARKERS = Set.of(
            "related news", "related posts", "related articles", "related stories", "more stories",
            "you may also like", "read more", "recent posts", "popular posts", "trending",
            "about us", "contact us", "privacy policy", "terms of use", "terms of service",
            "instagram", "facebook", "twitter", "linkedin", "youtube", "telegram", "follow us",
            "share", "share this", "share this article", "leave a reply", "leave a comment", "comments",
            "subscribe", "newsletter", "on this day", "tags");

    private BoilerplateMarkers() {
    }

    static boolean isMarker(String line) {
        if (line.isEmpty() || line.length() > MAX_MARKER_LENGTH) {
            return false;
        }
        String key = line.toLowerCase(Locale.ROOT);
        if (key.startsWith("©") || key.startsWith("copyright ") || key.startsWith("tags:")) {
            return true;
        }
        if (key.endsWith(":")) {
            key = key.substring(0, key.length() - 1).strip();
        }
        return MARKERS.contains(key);
    }
}
