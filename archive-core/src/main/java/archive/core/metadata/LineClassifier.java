package archive.core.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Assigns a {@link LineRole} to every line. The layout model: an optional header (image URL,
 * date line, navigation, byline, title) up to the first prose paragraph, then the article, then
 * optional site furniture from the first boilerplate marker on. Credit lines may sit anywhere.
 */
final class LineClassifier {

    private LineClassifier() {
    }

    static List<DocumentLine> classify(List<TextLine> lines) {
        // null = not decided yet; whatever is still undecided at the end is article body.
        LineRole[] roles = new LineRole[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            roles[i] = selfEvidentRole(lines.get(i));
        }
        int leadParagraph = firstParagraph(lines, roles);
        // Without a prose paragraph there is no layout to speak of: treat all text as body.
        if (leadParagraph >= 0) {
            classifyHeader(lines, roles, leadParagraph);
            markSiteBoilerplate(lines, roles, leadParagraph + 1);
        }
        List<DocumentLine> classified = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            classified.add(new DocumentLine(line.span(), line.text(), roles[i] == null ? LineRole.BODY : roles[i]));
        }
        return classified;
    }

    /** Roles a line shows by itself, wherever it sits. */
    private static LineRole selfEvidentRole(TextLine line) {
        String text = line.text();
        if (line.isBlank()) {
            return LineRole.BLANK;
        }
        if (LineShapes.isImageUrl(text)) {
            return LineRole.IMAGE_URL;
        }
        if (OriginalCredit.parse(text).isPresent() || SourcesCredit.parse(text).isPresent()) {
            return LineRole.SOURCE_CREDIT;
        }
        return null;
    }

    private static int firstParagraph(List<TextLine> lines, LineRole[] roles) {
        for (int i = 0; i < lines.size(); i++) {
            if (roles[i] == null && LineShapes.looksLikeParagraph(lines.get(i).text())) {
                return i;
            }
        }
        return -1;
    }

    private static void classifyHeader(List<TextLine> lines, LineRole[] roles, int headerEnd) {
        for (int i = 0; i < headerEnd; i++) {
            if (roles[i] == null) {
                String text = lines.get(i).text();
                if (DateLine.parse(text).isPresent()) {
                    roles[i] = LineRole.DATE_LINE;
                } else if (Byline.parse(text).isPresent()) {
                    roles[i] = LineRole.BYLINE;
                }
            }
        }
        markTitle(lines, roles, headerEnd);
        for (int i = 0; i < headerEnd; i++) {
            if (roles[i] == null) {
                roles[i] = LineRole.NAVIGATION;
            }
        }
    }

    /**
     * Web scrapes often print the headline twice (page title + article heading); a repeated
     * header line is the title. Otherwise the title is the header line closest to the body,
     * since category and menu lines come above it.
     */
    private static void markTitle(List<TextLine> lines, LineRole[] roles, int headerEnd) {
        Map<String, Integer> firstSeen = new HashMap<>();
        int closestToBody = -1;
        for (int i = 0; i < headerEnd; i++) {
            String text = lines.get(i).text();
            if (roles[i] != null || !LineShapes.couldBeTitle(text)) {
                continue;
            }
            if (firstSeen.putIfAbsent(text, i) != null) {
                markAllEqual(lines, roles, headerEnd, text);
                return;
            }
            closestToBody = i;
        }
        if (closestToBody >= 0) {
            roles[closestToBody] = LineRole.TITLE;
        }
    }

    private static void markAllEqual(List<TextLine> lines, LineRole[] roles, int headerEnd, String title) {
        for (int i = 0; i < headerEnd; i++) {
            if (roles[i] == null && lines.get(i).text().equals(title)) {
                roles[i] = LineRole.TITLE;
            }
        }
    }

    private static void markSiteBoilerplate(List<TextLine> lines, LineRole[] roles, int searchFrom) {
        int tailStart = searchFrom;
        while (tailStart < lines.size() && !BoilerplateMarkers.isMarker(lines.get(tailStart).text())) {
            tailStart++;
        }
        for (int i = tailStart; i < lines.size(); i++) {
            roles[i] = lines.get(i).isBlank() ? LineRole.BLANK : LineRole.SITE_BOILERPLATE;
        }
    }
}
