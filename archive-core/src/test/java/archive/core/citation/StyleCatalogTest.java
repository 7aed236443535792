package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StyleCatalogTest {

    /** Shared: indexing reads every style's title once. */
    private static final StyleCatalog CATALOG = new StyleCatalog();

    @Test
    void listsIndependentAndDependentStylesWithTitles() {
        List<StyleInfo> all = CATALOG.all();

        assertTrue(all.size() > 10_000, "styles: " + all.size());
        assertTrue(all.contains(new StyleInfo("apa", "APA Style 7th edition", false)));
        assertTrue(all.contains(new StyleInfo("acta-psychologica", "Acta Psychologica", true)));
        assertTrue(all.stream().anyMatch(style -> style.title().contains(" & ")), "character references are decoded");
    }

    @Test
    void searchRanksExactIdThenPrefixThenSubstring() {
        List<String> ids = CATALOG.search("chicago", 500).stream().map(StyleInfo::id).toList();

        assertTrue(ids.size() > 5, ids.toString());
        assertTrue(ids.get(0).startsWith("chicago"), ids.toString());
        int firstNotPrefixed = ids.indexOf(ids.stream().filter(id -> !id.startsWith("chicago")).findFirst().orElseThrow());
        assertTrue(ids.subList(0, firstNotPrefixed).stream().allMatch(id -> id.startsWith("chicago")));
        assertTrue(ids.subList(firstNotPrefixed, ids.size()).stream().noneMatch(id -> id.startsWith("chicago")));
    }

    @Test
    void exactIdComesFirst() {
        assertEquals("apa", CATALOG.search("APA", 5).get(0).id());
        assertEquals("ieee", CATALOG.search("ieee", 5).get(0).id());
    }

    @Test
    void titlesAreSearchedToo() {
        List<StyleInfo> hits = CATALOG.search("Cite Them Right", 10);

        assertTrue(hits.stream().anyMatch(style -> style.id().equals("harvard-cite-them-right")), hits.toString());
    }
}
