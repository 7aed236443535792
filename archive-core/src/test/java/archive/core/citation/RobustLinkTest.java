package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.undercouch.citeproc.csl.CSLItemData;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RobustLinkTest {

    private static final String ROBUST_ATTRIBUTES = " data-originalurl=\"" + Fixtures.SEED_URL + "\""
            + " data-versionurl=\"" + Fixtures.SEED_PERMALINK + "\" data-versiondate=\"2025-01-05\"";

    private final CitationRenderer renderer = new CitationRenderer();
    private final CslItemMapper mapper = new CslItemMapper();

    @Test
    void linksToOriginalAndArchivedVersionBecomeRobust() {
        String html = Fixtures.citations().cite(Fixtures.seed(), CitationRequest.of("apa", CitationFormat.HTML));

        assertTrue(html.contains("<a href=\"" + Fixtures.SEED_URL + "\"" + ROBUST_ATTRIBUTES + ">"), html);
        assertTrue(html.contains("<a href=\"" + Fixtures.SEED_PERMALINK + "\"" + ROBUST_ATTRIBUTES + ">"
                + Fixtures.SEED_PERMALINK + "</a>"), html);
    }

    @Test
    void visibleTextStaysCiteprocs() {
        CitationRequest html = CitationRequest.of("chicago-author-date", CitationFormat.HTML);
        String plain = renderer.render(html, mapper.toItem(Fixtures.seed()));
        String robust = Fixtures.citations().cite(Fixtures.seed(), html);

        assertFalse(plain.contains("data-versionurl"));
        assertEquals(withoutTags(plain), withoutTags(robust));
    }

    @Test
    void theOriginalsLinkIsARobustLinkToItsArchivedCopy() {
        CitationRequest html = CitationRequest.of("apa", CitationFormat.HTML);
        List<String> both = Fixtures.citations().citeWithOriginal(Fixtures.rewrite(), html);
        CSLItemData original = mapper.toSourceItem(Fixtures.rewrite());

        assertTrue(both.get(1).contains("<a href=\"" + Fixtures.SEED_URL + "\" data-originalurl=\"" + Fixtures.SEED_URL
                + "\" data-versionurl=\"" + Fixtures.SEED_PERMALINK + "\" data-versiondate=\"2025-01-05\">"), both.get(1));
        assertEquals(withoutTags(renderer.render(html, original)), withoutTags(both.get(1)));
        assertFalse(both.get(1).contains(Fixtures.REWRITE_PERMALINK.toString()), "the rewrite's links stay in its entry");
    }

    @Test
    void permalinkIsNotMatchedInsideALongerAddress() {
        RobustLink link = new RobustLink(null, URI.create("http://h/documents/x/versions/1"), LocalDate.of(2025, 1, 5));
        String html = "see http://h/documents/x/versions/12 and http://h/documents/x/versions/1.";

        String decorated = new RobustLinkDecorator().decorate(html, link);

        assertEquals("see http://h/documents/x/versions/12 and <a href=\"http://h/documents/x/versions/1\""
                + " data-versionurl=\"http://h/documents/x/versions/1\" data-versiondate=\"2025-01-05\">"
                + "http://h/documents/x/versions/1</a>.", decorated);
    }

    @Test
    void textOutputHasNoMarkup() {
        String text = Fixtures.citations().cite(Fixtures.seed(), CitationRequest.of("apa", CitationFormat.TEXT));

        assertFalse(text.contains("<"), text);
    }

    private static String withoutTags(String html) {
        return html.replaceAll("<[^>]*>", "");
    }
}
