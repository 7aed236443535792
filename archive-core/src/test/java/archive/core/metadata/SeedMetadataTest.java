package archive.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SeedMetadataTest {

    private static final String DEFENSE_NEWS_STORIES = "https://www.defense.gov/News/News-Stories/";
    private static final String DOD = "U.S. Department of Defense";

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void defenseStoryJuly() {
        ExtractedMetadata m = extract(Seeds.DEFENSE_STORY_JULY);

        assertField("U.S., Iraqi Officials Hold Pentagon Meeting to Discuss Security Cooperation", 0.95, m.title());
        assertField(DOD, 0.9, m.publisher());
        assertField(LocalDate.of(2024, 7, 22), 0.75, m.publicationDate());
        assertField(DEFENSE_NEWS_STORIES, 0.95, m.sourceUrl());
        assertField("https://media.defense.gov/2024/Jul/22/2003508043/825/780/0/240415-D-D0439-1167.JPG",
                0.95, m.imageUrl());
        assertField("originally found on " + DEFENSE_NEWS_STORIES, 0.95, m.sourceCredit());
        assertField(ArticleKind.ORIGINAL, 0.85, m.kind());
        assertEquals(Optional.empty(), m.authors());
        assertEquals(Optional.empty(), m.dateline());
    }

    @Test
    void defenseStorySeptember() {
        ExtractedMetadata m = extract(Seeds.DEFENSE_STORY_SEPTEMBER);

        assertField("U.S.-Iraq Higher Military Commission Continues Talks on Security Cooperation", 0.95, m.title());
        assertField(DOD, 0.9, m.publisher());
        assertField(LocalDate.of(2024, 9, 9), 0.75, m.publicationDate());
        assertField(DEFENSE_NEWS_STORIES, 0.95, m.sourceUrl());
        assertField(ArticleKind.ORIGINAL, 0.85, m.kind());
    }

    @Test
    void untitledRewriteGetsOnlyADerivedTitle() {
        ExtractedMetadata m = extract(Seeds.UNTITLED_REWRITE);

        assertField("U.S. and Iraqi officials have gathered at the Pentagon to engage in crucial discussions",
                0.35, m.title());
        assertEquals("first-sentence", m.title().orElseThrow().rule());
        assertEquals(Optional.empty(), m.publisher());
        assertEquals(Optional.empty(), m.publicationDate());
        assertEquals(Optional.empty(), m.sourceUrl());
        assertEquals(Optional.empty(), m.imageUrl());
        assertEquals(Optional.empty(), m.dateline());
        assertEquals(Optional.empty(), m.sourceCredit());
        assertEquals(Optional.empty(), m.kind());
    }

    @Test
    void thxRewriteCreditsItsSourcesAndInventsNoDate() {
        ExtractedMetadata m = extract(Seeds.THX_REWRITE);

        String title = m.title().orElseThrow().value();
        assertTrue(title.startsWith("With a pivotal move, the United States and Iraq"), title);
        assertTrue(title.length() <= DerivedTitle.MAX_LENGTH + 1 && title.endsWith("…"), title);
        assertField("THX News", 0.4, m.publisher());
        assertField("Washington, D.C.", 0.8, m.dateline());
        assertField("THX News & US Department of Defense", 0.9, m.sourceCredit());
        assertField(ArticleKind.REWRITE, 0.75, m.kind());
        // "July 22-23, 2024" is when the meeting was held, not when the text was published.
        assertEquals(Optional.empty(), m.publicationDate());
        assertEquals(Optional.empty(), m.sourceUrl());
    }

    @Test
    void misdatedWebPageKeepsItsStatedDateButIsFlagged() {
        ExtractedMetadata m = extract(Seeds.MISDATED_WEB_PAGE);

        assertField("US and Iraq Hold Second Joint Security Cooperation Dialogue at Pentagon", 0.9, m.title());
        assertEquals(Optional.empty(), m.publisher());
        assertField(LocalDate.of(2022, 12, 9), 0.4, m.publicationDate());
        assertEquals("header-date-line", m.publicationDate().orElseThrow().rule());
        assertField("DECEMBER 9, 2022", 0.8, m.dateline());
        assertEquals(Optional.empty(), m.sourceUrl());
        assertField(ArticleKind.REWRITE, 0.4, m.kind());
        assertEquals(List.of(new MetadataFlag(MetadataFlag.Type.DATE_CONTRADICTS_TEXT,
                "stated date 2022-12-09 precedes events the text reports (2023, 2024)")), m.flags());
    }

    /** A librarian's date for the misdated page is checked against its text like a stated one. */
    @Test
    void anyDateCanBeCheckedAgainstTheText() {
        String text = Seeds.read(Seeds.MISDATED_WEB_PAGE);

        assertEquals(List.of(), extractor.flagsFor(text, LocalDate.of(2024, 12, 1)));
        assertEquals(List.of(new MetadataFlag(MetadataFlag.Type.DATE_CONTRADICTS_TEXT,
                "stated date 2023-05-01 precedes events the text reports (2024)")),
                extractor.flagsFor(text, LocalDate.of(2023, 5, 1)));
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.DEFENSE_STORY_JULY, Seeds.UNTITLED_REWRITE, Seeds.DEFENSE_STORY_SEPTEMBER, Seeds.THX_REWRITE})
    void consistentSeedsAreNotFlagged(String seed) {
        assertEquals(List.of(), extract(seed).flags());
    }

    @ParameterizedTest
    @ValueSource(strings = {Seeds.DEFENSE_STORY_JULY, Seeds.UNTITLED_REWRITE, Seeds.DEFENSE_STORY_SEPTEMBER,
            Seeds.THX_REWRITE, Seeds.MISDATED_WEB_PAGE})
    void everyValueIsExtractedWithItsRule(String seed) {
        ExtractedMetadata m = extract(seed);
        for (Optional<? extends MetadataField<?>> field : List.of(m.title(), m.publisher(), m.authors(),
                m.publicationDate(), m.sourceUrl(), m.imageUrl(), m.dateline(), m.sourceCredit(), m.kind())) {
            field.ifPresent(f -> {
                assertEquals(FieldOrigin.EXTRACTED, f.origin());
                assertTrue(!f.rule().isBlank());
            });
        }
    }

    private ExtractedMetadata extract(String seed) {
        return extractor.extract(Seeds.read(seed));
    }

    private static <T> void assertField(T value, double confidence, Optional<MetadataField<T>> field) {
        assertTrue(field.isPresent(), () -> "expected " + value);
        assertEquals(value, field.get().value());
        assertEquals(confidence, field.get().confidence(), 1e-9, () -> "confidence of " + value);
    }
}
