package archive.core.metadata;

import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The layout of an article text: every line with its {@link LineRole}, and the spans of actual
 * article content with image URLs, headers, navigation, credit lines and trailing site
 * boilerplate left out. Offsets are char offsets into the String given to {@link #of(String)}.
 *
 * <p>The title lines are not part of the body: they are metadata (see {@link LineRole#TITLE}).
 */
public final class ArticleBody {

    private final List<DocumentLine> lines;
    private final List<TextSpan> spans;

    private ArticleBody(List<DocumentLine> lines) {
        this.lines = List.copyOf(lines);
        this.spans = List.copyOf(bodySpans(lines));
    }

    public static ArticleBody of(String text) {
        return new ArticleBody(LineClassifier.classify(TextLines.split(text)));
    }

    /** Every line of the text, in order, with its role. */
    public List<DocumentLine> lines() {
        return lines;
    }

    /**
     * Article content as maximal runs of body lines; blank lines between body lines stay inside
     * a run, anything else ends it. Each span starts and ends on non-whitespace content.
     */
    public List<TextSpan> spans() {
        return spans;
    }

    public List<DocumentLine> linesWith(LineRole role) {
        return lines.stream().filter(line -> line.role() == role).toList();
    }

    public Optional<DocumentLine> firstLineWith(LineRole role) {
        return lines.stream().filter(line -> line.role() == role).findFirst();
    }

    /** The first prose paragraph, where the article proper starts; empty for unstructured text. */
    public Optional<DocumentLine> leadParagraph() {
        return lines.stream()
                .filter(line -> line.role() == LineRole.BODY && LineShapes.looksLikeParagraph(line.text()))
                .findFirst();
    }

    public boolean hasSiteBoilerplate() {
        return lines.stream().anyMatch(line -> line.role() == LineRole.SITE_BOILERPLATE);
    }

    private static List<TextSpan> bodySpans(List<DocumentLine> lines) {
        List<TextSpan> spans = new ArrayList<>();
        int runStart = -1;
        int runEnd = -1;
        for (DocumentLine line : lines) {
            if (line.role() == LineRole.BODY) {
                runStart = runStart < 0 ? line.span().start() : runStart;
                runEnd = line.span().end();
            } else if (line.role() != LineRole.BLANK && runStart >= 0) {
                spans.add(new TextSpan(runStart, runEnd));
                runStart = -1;
            }
        }
        if (runStart >= 0) {
            spans.add(new TextSpan(runStart, runEnd));
        }
        return spans;
    }
}
