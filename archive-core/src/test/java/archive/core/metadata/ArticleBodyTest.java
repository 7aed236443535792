package archive.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.text.TextSpan;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleBodyTest {

    @Test
    void defenseStoryBodyExcludesImageUrlAndCreditLine() {
        String text = Seeds.read(Seeds.DEFENSE_STORY_JULY);
        ArticleBody body = ArticleBody.of(text);

        assertEquals(1, body.spans().size());
        String content = body.spans().get(0).slice(text);
        assertTrue(content.startsWith("U.S. and Iraqi officials are meeting"));
        assertTrue(content.endsWith("played no role in the attack."));
        assertFalse(content.contains("media.defense.gov"));
        assertFalse(content.contains("originally found on"));
        assertEquals(List.of(LineRole.IMAGE_URL, LineRole.SOURCE_CREDIT), nonBodyRoles(body));
    }

    @Test
    void webPageBodyExcludesHeaderAndSiteBoilerplate() {
        String text = Seeds.read(Seeds.MISDATED_WEB_PAGE);
        ArticleBody body = ArticleBody.of(text);

        assertEquals(1, body.spans().size());
        String content = body.spans().get(0).slice(text);
        assertTrue(content.startsWith("On Monday, the US-Iraq Joint Security Cooperation Dialogue"));
        assertTrue(content.endsWith("after their conclusion on Tuesday."));
        for (String boilerplate : List.of("DECEMBER 9", "Iraq News USA News", "Hold Second", "Related News",
                "About Us", "filler text", "Instagram", "On this day", "Afghanistan")) {
            assertFalse(content.contains(boilerplate), boilerplate);
        }
        assertEquals(List.of(LineRole.DATE_LINE, LineRole.NAVIGATION, LineRole.TITLE, LineRole.TITLE),
                nonBodyRoles(body).subList(0, 4));
        assertTrue(body.hasSiteBoilerplate());
        assertEquals("on this day", body.lines().get(body.lines().size() - 1).text());
        assertEquals(LineRole.SITE_BOILERPLATE, body.lines().get(body.lines().size() - 1).role());
    }

    @Test
    void rewriteBodyKeepsHeadingsAndTablesButNotTheSourcesLine() {
        String text = Seeds.read(Seeds.THX_REWRITE);
        ArticleBody body = ArticleBody.of(text);

        String content = body.spans().get(0).slice(text);
        assertTrue(content.startsWith("Washington, D.C. – With a pivotal move"));
        assertTrue(content.contains("\nStrengthening Bilateral Ties\n"));
        assertTrue(content.contains("\nMilitary Training |\n"));
        assertTrue(content.endsWith("addressing global security challenges."));
        assertEquals(List.of(LineRole.SOURCE_CREDIT), nonBodyRoles(body));
    }

    @Test
    void unstructuredRewriteIsBodyThroughout() {
        String text = Seeds.read(Seeds.UNTITLED_REWRITE);
        ArticleBody body = ArticleBody.of(text);

        assertEquals(List.of(new TextSpan(0, text.strip().length())), body.spans());
        assertEquals(List.of(), nonBodyRoles(body));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.DEFENSE_STORY_JULY, Seeds.UNTITLED_REWRITE, Seeds.DEFENSE_STORY_SEPTEMBER,
            Seeds.THX_REWRITE, Seeds.MISDATED_WEB_PAGE})
    void lineOffsetsPointIntoTheOriginalString(String seed) {
        String text = Seeds.read(seed);
        assertOffsetsConsistent(text, ArticleBody.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.DEFENSE_STORY_JULY, Seeds.MISDATED_WEB_PAGE})
    void crlfAndBomChangeOffsetsButNotLayout(String seed) {
        String lf = Seeds.read(seed);
        String crlfWithBom = "\uFEFF\r\n\r\n" + lf.replace("\n", "\r\n");
        ArticleBody plain = ArticleBody.of(lf);
        ArticleBody windows = ArticleBody.of(crlfWithBom);

        assertEquals(nonBodyRoles(plain), nonBodyRoles(windows));
        assertEquals(slices(lf, plain.spans()).replace("\n", "\r\n"), slices(crlfWithBom, windows.spans()));
        assertOffsetsConsistent(crlfWithBom, windows);
    }

    @Test
    void headerLineClosestToTheBodyIsTheTitle() {
        String text = "Home » World » Middle East\nBy Jane Doe and John Roe\nCategories Defense Politics\n"
                + "Pentagon Hosts Iraqi Delegation\n\n" + paragraph() + "\n";
        ArticleBody body = ArticleBody.of(text);

        assertEquals(List.of(LineRole.NAVIGATION, LineRole.BYLINE, LineRole.NAVIGATION, LineRole.TITLE),
                nonBodyRoles(body));
        assertEquals("Pentagon Hosts Iraqi Delegation", body.firstLineWith(LineRole.TITLE).orElseThrow().text());
    }

    @Test
    void boilerplateWordsAboveTheArticleDoNotCutIt() {
        String text = "About Us\nShare\n" + paragraph() + "\nA heading\n" + paragraph();
        ArticleBody body = ArticleBody.of(text);

        assertFalse(body.hasSiteBoilerplate());
        assertTrue(slices(text, body.spans()).endsWith(paragraph()));
    }

    @Test
    void textWithoutProseHasNoHeaderAndNoBoilerplate() {
        String text = "Related News\nInstagram\nshort line";
        ArticleBody body = ArticleBody.of(text);

        assertEquals(List.of(new TextSpan(0, text.length())), body.spans());
        assertTrue(body.leadParagraph().isEmpty());
    }

    @Test
    void emptyTextHasNoSpans() {
        assertEquals(List.of(), ArticleBody.of("").spans());
        assertEquals(List.of(), ArticleBody.of(" \n\u00A0\r\n\t").spans());
    }

    static void assertOffsetsConsistent(String text, ArticleBody body) {
        int previousEnd = 0;
        for (DocumentLine line : body.lines()) {
            assertTrue(line.span().start() >= previousEnd && line.span().end() <= text.length());
            assertEquals(line.text(), line.span().slice(text));
            previousEnd = line.span().end();
        }
        previousEnd = 0;
        for (TextSpan span : body.spans()) {
            assertTrue(span.start() >= previousEnd && span.length() > 0 && span.end() <= text.length());
            previousEnd = span.end();
        }
    }

    private static List<LineRole> nonBodyRoles(ArticleBody body) {
        return body.lines().stream()
                .map(DocumentLine::role)
                .filter(role -> role != LineRole.BODY && role != LineRole.BLANK && role != LineRole.SITE_BOILERPLATE)
                .toList();
    }

    private static String slices(String text, List<TextSpan> spans) {
        return spans.stream().map(span -> span.slice(text)).collect(Collectors.joining("\n---\n"));
    }

    private static String paragraph() {
        return "The Pentagon hosted the delegation for two days of talks on security cooperation.";
    }
}
