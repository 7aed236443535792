package archive.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import archive.core.text.TextSpan;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The individual rules the extractor combines. */
class RuleTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "DECEMBER 9, 2022|2022-12-09",
        "Dec. 9, 2022|2022-12-09",
        "Sept 30 2024|2024-09-30",
        "Friday, July 22, 2024|2024-07-22",
        "9 December 2022|2022-12-09",
        "2022-12-09|2022-12-09",
        "Posted on July 1, 2024|2024-07-01",
        "Updated: 2024-01-31|2024-01-31"})
    void dateLines(String line, LocalDate expected) {
        assertEquals(Optional.of(expected), DateLine.parse(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"February 30, 2024", "Smarch 1, 2024", "2024-13-01", "On December 9, 2022 talks began",
            "DECEMBER 9", "Iraq News USA News"})
    void notDateLines(String line) {
        assertEquals(Optional.empty(), DateLine.parse(line));
    }

    @Test
    void imageUrlDates() {
        assertEquals(LocalDate.of(2024, 7, 22), ImageUrlDate.parse(
                "https://media.defense.gov/2024/Jul/22/2003508043/825/780/0/240415-D-D0439-1167.JPG").orElseThrow().value());
        assertEquals(new MetadataField<>(LocalDate.of(2021, 3, 4), FieldOrigin.EXTRACTED, 0.5, "image-url-numeric-path-date"),
                ImageUrlDate.parse("https://example.com/uploads/2021/03/04/photo.jpg").orElseThrow());
        assertEquals(Optional.empty(), ImageUrlDate.parse("https://example.com/uploads/2021/03/photo.jpg"));
        assertEquals(Optional.empty(), ImageUrlDate.parse("https://example.com/2021/Foo/04/photo.jpg"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "By Jim Garamone, DOD News|Jim Garamone",
        "Written by Jane Doe and John O'Neil|Jane Doe;John O'Neil",
        "Authors: C. Todd Lopez & Terri Moon Cronk|C. Todd Lopez;Terri Moon Cronk"})
    void bylines(String line, String names) {
        assertEquals(Optional.of(List.of(names.split(";"))), Byline.parse(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"By the way, this is prose", "By DOD News", "Bystanders gathered", "By"})
    void notBylines(String line) {
        assertEquals(Optional.empty(), Byline.parse(line));
    }

    @Test
    void placeDatelines() {
        assertEquals(Optional.of(new PlaceDateline("Washington, D.C.", 19)),
                PlaceDateline.find("Washington, D.C. – With a pivotal move, the talks began."));
        assertEquals("BAGHDAD, Iraq", PlaceDateline.find("BAGHDAD, Iraq — Talks resumed.").orElseThrow().place());
        assertEquals(Optional.empty(), PlaceDateline.find("U.S. and Iraqi officials met at the Pentagon."));
        assertEquals(Optional.empty(), PlaceDateline.find("The U.S.-Iraq dialogue – first held in 2023 – resumed."));
    }

    @Test
    void derivedTitlesSkipAbbreviationsAndCutAtWords() {
        assertEquals("Maj. Gen. Pat Ryder said the U.S. team arrived",
                DerivedTitle.fromProse("Maj. Gen. Pat Ryder said the U.S. team arrived. More followed."));
        assertEquals("“We value Iraq,” Ryder said",
                DerivedTitle.fromProse("“We value Iraq,” Ryder said. Talks go on."));
        String cut = DerivedTitle.fromProse("word ".repeat(50));
        assertEquals("word ".repeat(20).strip() + "…", cut);
    }

    @Test
    void sourcesLines() {
        SourcesCredit credit = SourcesCredit.parse("Sources: THX News & US Department of Defense.").orElseThrow();
        assertEquals("THX News & US Department of Defense", credit.statement());
        assertEquals(Optional.of("THX News"), credit.likelyPublisher());
        assertEquals(Optional.empty(), SourcesCredit.parse("Source: U.S. Department of Defense").orElseThrow().likelyPublisher());
        assertEquals(Optional.empty(), SourcesCredit.parse("Sources say the talks went well and more"));
    }

    @Test
    void originalCredits() {
        OriginalCredit credit = OriginalCredit.parse(
                "This Defense news article \"A, B\" was originally found on https://www.defense.gov/News/).").orElseThrow();
        assertEquals(Optional.of("A, B"), credit.title());
        assertEquals("https://www.defense.gov/News/", credit.url());
        assertEquals("originally found on https://www.defense.gov/News/", credit.statement());
        assertEquals(Optional.empty(), OriginalCredit.parse("It was originally planned for May."));
    }

    @Test
    void publisherHosts() {
        assertEquals(Optional.of("U.S. Department of Defense"), KnownPublishers.nameFor("https://media.defense.gov/x.jpg"));
        assertEquals(Optional.empty(), KnownPublishers.nameFor("https://notdefense.gov/x"));
        assertEquals(Optional.of("example.com"), KnownPublishers.host("HTTPS://WWW.Example.com:8080/a"));
        assertEquals(Optional.empty(), KnownPublishers.host("not a url"));
    }

    @Test
    void eventYearsNeedADateOrEventContext() {
        String text = "First held in August 2023, met on July 22-23, 2024 and Dec. 1, 2021, the 2019 Summit, "
                + "since 2014, during 2015 and in 2016. Not: 10-year anniversary, 2000 troops, by 2030, "
                + "until 2031, 2032 years, On this day, 2001, costs $2024, id 240415-D-2017, ref/2033/, 1,2034 people, "
                + "version 2.2035 and 12034.";

        assertEquals(Set.of(2014, 2015, 2016, 2019, 2021, 2023, 2024),
                EventYears.in(text, List.of(new TextSpan(0, text.length()))));
    }

    @Test
    void eventYearsOnlyLookInsideTheGivenSpans() {
        String text = "in 2020. in 2021. in 2022.";
        assertEquals(Set.of(2021), EventYears.in(text, List.of(new TextSpan(9, 17))));
    }

    @Test
    void contradictionNeedsALaterYear() {
        assertEquals(Optional.empty(), DateContradiction.check(LocalDate.of(2024, 1, 1), new java.util.TreeSet<>(Set.of(2023, 2024))));
        assertEquals("stated date 2022-12-09 precedes events the text reports (2023, 2024)",
                DateContradiction.check(LocalDate.of(2022, 12, 9), new java.util.TreeSet<>(Set.of(2001, 2023, 2024)))
                        .orElseThrow().detail());
    }

    @Test
    void metadataFieldsValidateAndRecordCorrections() {
        assertThrows(IllegalArgumentException.class, () -> MetadataField.extracted("x", 1.5, "rule"));
        assertThrows(IllegalArgumentException.class, () -> MetadataField.extracted("x", Double.NaN, "rule"));
        assertThrows(IllegalArgumentException.class, () -> MetadataField.extracted("x", 0.5, " "));
        assertThrows(NullPointerException.class, () -> MetadataField.extracted(null, 0.5, "rule"));
        assertEquals(new MetadataField<>("Title", FieldOrigin.CORRECTED, 1.0, "librarian"),
                MetadataField.corrected("Title", "librarian"));
    }
}
