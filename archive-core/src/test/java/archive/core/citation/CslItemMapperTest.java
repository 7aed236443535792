package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import archive.core.text.PartialDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLType;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CslItemMapperTest {

    private final CslItemMapper mapper = new CslItemMapper();

    @Test
    void namesTheArchiveAsConfigured() {
        CslItemMapper named = new CslItemMapper(Optional.of(" Defense Text Archive "));

        assertEquals("Defense Text Archive", named.toItem(Fixtures.seed()).getArchive());
        assertEquals("Defense Text Archive", named.toSourceItem(Fixtures.rewrite()).getArchive());
        assertEquals("localhost", new CslItemMapper(Optional.of(" ")).toItem(Fixtures.seed()).getArchive());
    }

    @Test
    void mapsAnArchivedWebArticle() {
        CSLItemData item = mapper.toItem(Fixtures.seed());

        assertEquals("095111aef963144d-v1", item.getId());
        assertEquals(CSLType.WEBPAGE, item.getType());
        assertEquals(Fixtures.SEED_TITLE, item.getTitle());
        assertEquals(Fixtures.DOD, item.getContainerTitle());
        assertNull(item.getPublisher(), "the site is printed once, as container-title");
        assertEquals(Fixtures.SEED_URL.toString(), item.getURL());
        assertEquals("localhost", item.getArchive(), "without ARCHIVE_NAME, the host readers reach the archive at");
        assertEquals("SHA-256 " + Fixtures.SEED_SHA256 + ", " + Fixtures.SEED_PERMALINK, item.getArchiveLocation());
        assertArrayEquals(new int[][] {{2024, 7, 22}}, item.getIssued().getDateParts());
        assertArrayEquals(new int[][] {{2025, 1, 5}}, item.getAccessed().getDateParts());
        assertNull(item.getAuthor());
        assertNull(item.getOriginalTitle());
    }

    @Test
    void mapsTheOriginalOfARewrite() {
        CSLItemData item = mapper.toItem(Fixtures.rewrite());

        assertEquals(Fixtures.SEED_TITLE, item.getOriginalTitle());
        assertEquals(Fixtures.DOD, item.getOriginalPublisher());
        assertArrayEquals(new int[][] {{2024, 7, 22}}, item.getOriginalDate().getDateParts());
        assertEquals("Doe", item.getAuthor()[0].getFamily());
        assertEquals("Jane Q.", item.getAuthor()[0].getGiven());
    }

    @Test
    void originalBecomesAnItemOfItsOwn() {
        CSLItemData source = mapper.toSourceItem(Fixtures.rewrite());

        assertEquals("a1b2c3d4e5f60718-v2-original", source.getId());
        assertEquals(Fixtures.SEED_TITLE, source.getTitle());
        assertEquals(Fixtures.DOD, source.getContainerTitle());
        assertEquals(Fixtures.SEED_URL.toString(), source.getURL());
        assertThrows(IllegalArgumentException.class, () -> mapper.toSourceItem(Fixtures.seed()));
    }

    @Test
    void withoutSourceUrlThePermalinkIsTheUrlAndNotRepeated() {
        CitableDocument seed = Fixtures.seed();
        CitableDocument unknownOrigin = new CitableDocument(seed.documentId(), 3, seed.title(), List.of(),
                PartialDate.of(YearMonth.of(2024, 7)), seed.siteName(), null, seed.permalink(),
                seed.archivedAt(), seed.sha256(), null);

        CSLItemData item = mapper.toItem(unknownOrigin);

        assertEquals(seed.permalink().toString(), item.getURL());
        assertEquals("SHA-256 " + seed.sha256(), item.getArchiveLocation());
        assertArrayEquals(new int[][] {{2024, 7}}, item.getIssued().getDateParts());
    }

    @Test
    void unsplittableNameStaysWhole() {
        assertEquals("Smith and Wesson", PersonNames.parse("Smith and Wesson").getLiteral());
    }
}
