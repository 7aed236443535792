package archive.core.citation;

import static archive.core.citation.Fixtures.DOD;
import static archive.core.citation.Fixtures.SEED_TITLE;
import static archive.core.citation.Fixtures.SEED_URL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The seed document through the styles we offer by default. */
class StyleRenderingTest {

    private final DocumentCitations citations = Fixtures.citations();

    @ParameterizedTest
    @ValueSource(strings = {"apa", "modern-language-association", "chicago-author-date",
        "chicago-notes-bibliography", "harvard-cite-them-right", "bluebook-law-review"})
    void namesTitlePublisherYearAndUrl(String styleId) {
        String text = citations.cite(Fixtures.seed(), CitationRequest.of(styleId, CitationFormat.TEXT));

        assertAll(text,
                () -> assertTrue(text.contains(SEED_TITLE), "title"),
                () -> assertTrue(text.contains(DOD), "publisher"),
                () -> assertTrue(text.contains("2024"), "year"),
                () -> assertTrue(text.contains(SEED_URL.toString()), "URL"));
    }

    /** IEEE cites web pages without their publication date, only the access (here: archive) date. */
    @Test
    void ieeeNamesTitleSiteUrlAndAccessDate() {
        String text = citations.cite(Fixtures.seed(), CitationRequest.of("ieee", CitationFormat.TEXT));

        assertEquals("[1] “" + SEED_TITLE + ",” " + DOD + ". Accessed: Jan. 05, 2025. [Online]. Available: "
                + SEED_URL, text);
        assertFalse(text.contains("2024"));
    }

    @Test
    void apaEntryIsPinned() {
        String text = citations.cite(Fixtures.seed(), CitationRequest.of("apa", CitationFormat.TEXT));

        assertEquals(SEED_TITLE + ". (2024, July 22). localhost (SHA-256 " + Fixtures.SEED_SHA256 + ", "
                + Fixtures.SEED_PERMALINK + "). " + DOD + ". " + SEED_URL, text);
    }

    @Test
    void dependentStyleRendersWithItsIndependentParent() {
        String dependent = citations.cite(Fixtures.seed(), CitationRequest.of("acta-psychologica", CitationFormat.TEXT));
        String parent = citations.cite(Fixtures.seed(), CitationRequest.of("apa", CitationFormat.TEXT));

        assertEquals(parent, dependent);
    }

    @Test
    void localeChangesTerms() {
        String german = citations.cite(Fixtures.seed(), new CitationRequest("apa", "de-DE", CitationFormat.TEXT));

        assertTrue(german.contains("(2024, Juli 22)"), german);
    }

    @Test
    void localeTagIsNormalized() {
        String lowerCase = citations.cite(Fixtures.seed(), new CitationRequest("apa", "en-us", CitationFormat.TEXT));

        assertEquals(citations.cite(Fixtures.seed(), CitationRequest.of("apa", CitationFormat.TEXT)), lowerCase);
    }

    @Test
    void withoutALocaleTheStylesDefaultLocaleIsUsed() {
        String din = citations.cite(Fixtures.seed(), CitationRequest.of("din-1505-2", CitationFormat.TEXT));

        assertTrue(din.contains("abgerufen am"), din);
    }

    @Test
    void aDialectOtherThanTheLanguagesPrimaryOneIsRendered() {
        String british = citations.cite(Fixtures.seed(), new CitationRequest("oscola", "en-GB", CitationFormat.TEXT));

        assertTrue(british.contains("22 July 2024"), british);
    }
}
