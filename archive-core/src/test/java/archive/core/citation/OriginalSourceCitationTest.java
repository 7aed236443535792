package archive.core.citation;

import static archive.core.citation.Fixtures.DOD;
import static archive.core.citation.Fixtures.SEED_TITLE;
import static archive.core.citation.Fixtures.SEED_URL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A rewrite linked to its defense.gov original. */
class OriginalSourceCitationTest {

    private final DocumentCitations citations = Fixtures.citations();

    @Test
    void apaSaysOriginallyPublishedAsTheSourceTitleByDodIn2024() {
        String apa = citations.cite(Fixtures.rewrite(), CitationRequest.of("apa", CitationFormat.TEXT));

        assertTrue(apa.endsWith("(Original work published as " + SEED_TITLE + ", 2024, " + DOD + ")"), apa);
        assertTrue(apa.startsWith("Doe, J. Q. (2024, July 23). " + Fixtures.REWRITE_TITLE + "."), apa);
    }

    @Test
    void mlaAndChicagoPrintThePublicationHistoryToo() {
        String mla = citations.cite(Fixtures.rewrite(), CitationRequest.of("modern-language-association", CitationFormat.TEXT));
        String chicago = citations.cite(Fixtures.rewrite(), CitationRequest.of("chicago-notes-bibliography", CitationFormat.TEXT));

        assertTrue(mla.contains("Originally published as " + SEED_TITLE + ", " + DOD + ", 2024."), mla);
        assertTrue(chicago.contains("Originally published as " + SEED_TITLE + " (" + DOD + ", July 22, 2024)."), chicago);
    }

    @Test
    void originalsUrlAndArchivedCopyAreOnlyInTheCiteBothForm() {
        String single = citations.cite(Fixtures.rewrite(), CitationRequest.of("apa", CitationFormat.TEXT));
        List<String> both = citations.citeWithOriginal(Fixtures.rewrite(), CitationRequest.of("apa", CitationFormat.TEXT));

        assertFalse(single.contains(SEED_URL.toString()));
        assertEquals(2, both.size());
        assertEquals(single, both.get(0), "APA sorts the rewrite (author Doe) before the untitled-author original");
        assertEquals(SEED_TITLE + ". (2024, July 22). localhost (" + Fixtures.SEED_PERMALINK + "). " + DOD + ". "
                + SEED_URL, both.get(1));
    }

    @Test
    void citeBothWithoutOriginalIsTheSingleEntry() {
        List<String> entries = citations.citeWithOriginal(Fixtures.seed(), CitationRequest.of("apa", CitationFormat.TEXT));

        assertEquals(List.of(citations.cite(Fixtures.seed(), CitationRequest.of("apa", CitationFormat.TEXT))), entries);
    }

    @Test
    void noteStyleGivesOneFullNotePerItemInGivenOrder() {
        List<String> notes = citations.citeWithOriginal(Fixtures.rewrite(),
                CitationRequest.of("bluebook-law-review", CitationFormat.TEXT));

        assertEquals(2, notes.size());
        assertTrue(notes.get(0).startsWith("Jane Q. Doe, "), notes.get(0));
        assertEquals(SEED_TITLE + ", " + DOD + " (July 22, 2024), " + SEED_URL + ".", notes.get(1));
    }
}
