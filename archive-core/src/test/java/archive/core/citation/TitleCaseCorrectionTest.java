package archive.core.citation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.catalog.DocumentId;
import archive.core.storage.Sha256;
import de.undercouch.citeproc.helper.StringHelper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Title case equal to citeproc-js. The expected titles are what citeproc-js 2.4.63 printed for these titles in MLA
 * (archive-web/src/test/node/render-csl.mjs); citeproc-java alone prints "U.S. And Japan", "“A Clear Signal”",
 * "A Crisis. The End", "He Said “A Deal”", "Why Now? a Look", "Deploy! and Then" and "Go On: The".
 */
class TitleCaseCorrectionTest {

    private final DocumentCitations citations = Fixtures.citations();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U.S. and Japan expand missile defense cooperation | U.S. and Japan Expand Missile Defense Cooperation",
        "Austin calls exercise “a clear signal” to partners | Austin Calls Exercise “a Clear Signal” to Partners",
        "A crisis. the end of an era | A Crisis. the End of an Era",
        "Why now? a look at the fleet | Why Now? A Look at the Fleet",
        "Forces ready to deploy! and then | Forces Ready to Deploy! And Then",
        "Talks go on: the next round | Talks Go on: The next Round",
        "What they stood on | What They Stood On",
    })
    void stopWordsAfterAPeriodOrQuoteStayLowerCaseAndAfterAQuestionAreCapitalised(String title, String reference) {
        assertEquals(reference, TitleCaseCorrection.correct(title, StringHelper.toTitleCase(title)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "U.S. and Japan expand missile defense cooperation | U.S. and Japan Expand Missile Defense Cooperation",
        "He said 'a deal' is near | He Said “a Deal” Is Near",
    })
    void theRenderedTextCarriesTheCorrectedTitle(String title, String reference) {
        CitableDocument document = new CitableDocument(new DocumentId("0123456789abcdef"), 1, title, List.of(),
                null, null, null, Fixtures.SEED_PERMALINK, Fixtures.ARCHIVED_AT, new Sha256("c".repeat(64)), null);
        String text = citations.cite(document, CitationRequest.of("modern-language-association", CitationFormat.TEXT));

        assertEquals(reference + ".", text.substring(0, reference.length() + 1));
    }

    @Test
    void theRenderedHtmlCarriesTheCorrectedTitle() {
        CitableDocument document = new CitableDocument(new DocumentId("0123456789abcdef"), 1,
                "U.S. and Japan expand cooperation", List.of(), null, null, null, Fixtures.SEED_PERMALINK,
                Fixtures.ARCHIVED_AT, new Sha256("c".repeat(64)), null);

        String html = citations.cite(document, CitationRequest.of("modern-language-association", CitationFormat.HTML));

        assertTrue(html.contains(">U.S. and Japan Expand Cooperation<"), html);
    }
}
