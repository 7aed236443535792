package archive.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExtractorEdgeCaseTest {

    private static final String PARAGRAPH =
            "Defense officials met their counterparts at the Pentagon on Monday to discuss cooperation.";

    private final MetadataExtractor extractor = new MetadataExtractor();

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\n\n", "\r\n\r\n", "\uFEFF", "\u00A0\u00A0", "word", "no structure here at all",
            "12345 67890", "Related News\nAbout Us"})
    void textWithoutStructureYieldsNothing(String text) {
        assertNothingExtracted(extractor.extract(text));
    }

    @Test
    void nullTextIsAProgrammingError() {
        assertThrows(NullPointerException.class, () -> extractor.extract(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.DEFENSE_STORY_JULY, Seeds.UNTITLED_REWRITE, Seeds.DEFENSE_STORY_SEPTEMBER,
            Seeds.THX_REWRITE, Seeds.MISDATED_WEB_PAGE})
    void lineEndingsBomAndLeadingBlankLinesDoNotChangeMetadata(String seed) {
        String text = Seeds.read(seed);
        String expected = extractor.extract(text).toString();

        assertEquals(expected, extractor.extract(text.replace("\n", "\r\n")).toString());
        assertEquals(expected, extractor.extract(text.replace("\n", "\r")).toString());
        assertEquals(expected, extractor.extract("\uFEFF\n \n\t\n" + text).toString());
    }

    @Test
    void veryLongLineGetsATitleCutAtAWordBoundary() {
        String line = "Officials said the talks would continue " + "and continue ".repeat(20_000);

        String title = extractor.extract(line).title().orElseThrow().value();

        assertTrue(title.length() <= DerivedTitle.MAX_LENGTH + 1, title);
        assertTrue(title.endsWith("…"), title);
        String kept = title.substring(0, title.length() - 1);
        assertTrue(line.startsWith(kept + " "), "cut inside a word: " + title);
    }

    @Test
    void anyDefenseStoryInTheFeedFormatIsRead() {
        String text = "https://media.defense.gov/2023/Mar/03/2003171580/825/780/0/230302-D-XI929-1001.JPG\n\n"
                + PARAGRAPH + "\n\n"
                + "This Defense news article “Austin Meets Counterpart” was originally found on "
                + "https://www.defense.gov/News/News-Stories/Article/Article/3316240/.\n";

        ExtractedMetadata m = extractor.extract(text);

        assertEquals("Austin Meets Counterpart", m.title().orElseThrow().value());
        assertEquals("U.S. Department of Defense", m.publisher().orElseThrow().value());
        assertEquals(LocalDate.of(2023, 3, 3), m.publicationDate().orElseThrow().value());
        assertEquals("https://www.defense.gov/News/News-Stories/Article/Article/3316240/", m.sourceUrl().orElseThrow().value());
        assertEquals(ArticleKind.ORIGINAL, m.kind().orElseThrow().value());
    }

    @Test
    void creditToAnUnknownSiteNamesItsHostWithoutGuessingTheKind() {
        String text = PARAGRAPH + "\nThis article was originally published on https://www.example.org/story/1";

        ExtractedMetadata m = extractor.extract(text);

        assertEquals(new MetadataField<>("example.org", FieldOrigin.EXTRACTED, 0.5, "credit-url-host"),
                m.publisher().orElseThrow());
        assertEquals("https://www.example.org/story/1", m.sourceUrl().orElseThrow().value());
        assertEquals(Optional.empty(), m.title().filter(t -> t.rule().equals("original-credit-line")));
        assertEquals(Optional.empty(), m.kind());
    }

    @Test
    void headerWithTitleBylineAndLabelledDate() {
        String text = "Published: Monday, July 22, 2024\nBy Jim Garamone, DOD News\n\n"
                + "Austin Hosts Iraqi Minister\n\nWASHINGTON — " + PARAGRAPH;

        ExtractedMetadata m = extractor.extract(text);

        assertEquals(new MetadataField<>("Austin Hosts Iraqi Minister", FieldOrigin.EXTRACTED, 0.7, "header-line-before-body"),
                m.title().orElseThrow());
        assertEquals(List.of("Jim Garamone"), m.authors().orElseThrow().value());
        assertEquals(LocalDate.of(2024, 7, 22), m.publicationDate().orElseThrow().value());
        assertEquals("WASHINGTON", m.dateline().orElseThrow().value());
        assertEquals(List.of(), m.flags());
    }

    @Test
    void dateContradictionIsCheckedForDatesFromImageUrlsToo() {
        String text = "https://media.defense.gov/2020/Jan/10/1/1/1/0/x.jpg\n\n"
                + "The dialogue first met in August 2023 and will meet again next year, officials said.";

        ExtractedMetadata m = extractor.extract(text);

        assertEquals(List.of(new MetadataFlag(MetadataFlag.Type.DATE_CONTRADICTS_TEXT,
                "stated date 2020-01-10 precedes events the text reports (2023)")), m.flags());
        assertEquals(ImageUrlDate.NAMED_MONTH_CONFIDENCE * 0.5, m.publicationDate().orElseThrow().confidence(), 1e-9);
    }

    @Test
    void yearsThatAreNotEventsDoNotContradict() {
        String text = "December 9, 2022\n\nTalks Continue\n\n"
                + "The 10-year anniversary falls next summer and the goal is readiness by 2030, "
                + "with 2025 troops deployed and plans reaching through 2026 for the coalition.\n\n"
                + "On this day\n\nOn this day, 2031, something happened.";

        assertEquals(List.of(), extractor.extract(text).flags());
    }

    static void assertNothingExtracted(ExtractedMetadata m) {
        for (Optional<?> field : List.of(m.title(), m.publisher(), m.authors(), m.publicationDate(), m.sourceUrl(),
                m.imageUrl(), m.dateline(), m.sourceCredit(), m.kind())) {
            assertEquals(Optional.empty(), field, m::toString);
        }
        assertEquals(List.of(), m.flags());
    }
}
