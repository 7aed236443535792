package archive.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.metadata.ArticleKind;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void blankParametersBrowseEverything() {
        SearchQuery query = SearchQuery.parse("  ", "", null, " ", "any");
        assertEquals(SearchQuery.EVERYTHING, query);
        assertTrue(query.browsing());
    }

    @Test
    void parsesWordsAndFilters() {
        SearchQuery query = SearchQuery.parse(" \"joint security\" -Austin ", " defense.gov ", "2024-07-01",
                "2024-07-31", "rewrite");
        assertEquals("\"joint security\" -Austin", query.text());
        assertEquals(Optional.of("defense.gov"), query.publisher());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 1)), query.from());
        assertEquals(Optional.of(LocalDate.of(2024, 7, 31)), query.to());
        assertEquals(Optional.of(ArticleKind.REWRITE), query.kind());
        assertTrue(query.filtered());
    }

    @Test
    void refusesWhatCannotBeSearchedWithAnExplanation() {
        assertTrue(assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("", null, "2024-13-01", null,
                null)).getMessage().contains("YYYY-MM-DD"));
        assertTrue(assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("", null, "2024-08-01",
                "2024-07-01", null)).getMessage().contains("swap"));
        assertTrue(assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("", null, null, null,
                "copies")).getMessage().contains("'copies'"));
        assertTrue(assertThrows(InvalidSearchException.class, () -> SearchQuery.parse("x".repeat(501), null, null,
                null, null)).getMessage().contains("501"));
    }
}
