package archive.core.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.provenance.analysis.AnalyzedText;
import archive.core.provenance.analysis.DateMentions;
import archive.core.provenance.analysis.PublicationDate;
import archive.core.provenance.analysis.PublicationDates;
import archive.core.provenance.analysis.QuoteFinder;
import archive.core.provenance.analysis.Sentence;
import archive.core.provenance.analysis.TextAnalyzer;
import archive.core.provenance.analysis.TextFolding;
import archive.core.provenance.analysis.Token;
import archive.core.text.TextSpan;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextAnalysisTest {

    @Test
    void termsAreNormalizedAndKeepOffsetsIntoTheOriginal() {
        String text = "The Coalition\u2019s ten-year U.S. mission cost $2,500 in Bogot\u00E1.";
        AnalyzedText analyzed = TextAnalyzer.analyze(text);
        List<String> terms = analyzed.tokens.stream().map(Token::term).toList();
        assertEquals(List.of("the", "coalition", "10year", "us", "mission", "cost", "2500", "in", "bogota"), terms);
        Token coalition = analyzed.tokens.get(1);
        assertEquals("Coalition\u2019s", text.substring(coalition.start(), coalition.end()));
    }

    @Test
    void foldingMapsCurlyQuotesAndKeepsLength() {
        String text = "\u201CHe said \u2018no\u2019 \u2013 twice\u201D";
        String folded = TextFolding.fold(text);
        assertEquals(text.length(), folded.length());
        assertEquals("\"He said 'no'   twice\"", folded);
    }

    @Test
    void abbreviationsDoNotEndSentences() {
        AnalyzedText analyzed = TextAnalyzer.analyze(
                "Air Force Maj. Gen. Pat Ryder spoke with Lloyd J. Austin III in the U.S. Capitol. He left.");
        assertEquals(2, analyzed.sentences.size());
    }

    @Test
    void navigationHeadingsUrlsAndCreditLinesAreBoilerplate() {
        AnalyzedText analyzed = TextAnalyzer.analyze("""
                Related News
                https://media.defense.gov/2024/Jul/22/2003508043/825/780/0/photo.JPG
                The Iraqi delegation includes participants from the Kurdish Peshmerga.
                Sources: THX News & US Department of Defense.
                """);
        List<Boolean> content = analyzed.sentences.stream().map(Sentence::content).toList();
        assertEquals(List.of(false, true, false), content);
    }

    @Test
    void quotationsAreFoundWithCurlyAndStraightMarks() {
        String text = "Ryder said, \"Today, the Pentagon is hosting the dialogue.\" Later: \u201CWe value Iraq.\u201D";
        List<TextSpan> quotes = QuoteFinder.find(text);
        assertEquals(2, quotes.size());
        assertEquals("We value Iraq.", text.substring(quotes.get(1).start(), quotes.get(1).end()));
    }

    @Test
    void datesAreReadAndContradictedDateLinesAreNotTrusted() {
        assertEquals(List.of(java.time.LocalDate.of(2024, 7, 22), java.time.LocalDate.of(2024, 7, 23)),
                DateMentions.find("Held at the Pentagon on July 22-23, 2024, the meeting"));
        PublicationDate flagged = PublicationDates.infer("DECEMBER 9, 2022\nThe 2024 dialogue began.");
        assertEquals(java.time.LocalDate.of(2022, 12, 9), flagged.date());
        assertFalse(flagged.isTrusted());
        assertTrue(PublicationDates.infer("https://media.defense.gov/2024/Jul/22/1/photo.JPG\ntext").isTrusted());
    }

    @Test
    void reprintCreditsNameOtherPublicationsNotTheDepartmentsOwn() {
        assertEquals(List.of("The Dayton Daily News", "Dayton Daily News"), reprintedFrom("""
                Naming the Unknown Soldier (via The Dayton Daily News)

                By Thomas Gnau, Dayton Daily News

                On May 21, nearly 72 years after his death in battle, he finally came home."""));
        assertEquals(List.of("the Associated Press"), reprintedFrom("Text.\nReprinted with permission from the Associated Press."));
        assertEquals(List.of(), reprintedFrom("Mattis Meets Minister\n\nBy Jim Garamone, DoD News\n\nText (via DoD News)."));
        assertEquals(List.of(), reprintedFrom("Text\nby the way, he said (via a translator) that it would."), "lower-case 'by'");
    }

    private static List<String> reprintedFrom(String text) {
        return archive.core.provenance.analysis.AnalyzedDocument.of(
                archive.core.provenance.analysis.Document.of("d", text)).credits().reprintedFrom();
    }
}
