package archive.core.metadata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Garbage and hostile input never throw, and a long article is read like the seed it is made of. */
class RobustnessTest {

    /** Fragments that trigger the rules, so random text exercises their edge cases, not just misses. */
    private static final List<String> FRAGMENTS = List.of(
            "\n", "\r\n", "\r", " ", "  ", "\t", "\u00A0", "\uFEFF", "\u2028", "\uD83D\uDE00", "\uD800",
            "By ", "Sources: ", " & ", "This Defense news article \"", "“", "”", "\"",
            " was originally found on ", "https://", "www.defense.gov/", "media.defense.gov/2024/Jul/22/1.jpg",
            "/2024/13/45/", "July ", "Sept. ", "22", "-23", ", ", "2024", "1999", "in ", "the ", "U.S.", "D.C.",
            " – ", " — ", "-", ".", "!", "?", "Washington", "Related News", "About Us", "On this day", "©",
            "Iraq", "Ryder said", "word", "a", "Z", "|", "»", ":", "$", "0");
    private static final int RANDOM_DOCUMENTS = 3_000;
    private static final int MEGABYTE = 1 << 20;

    private final MetadataExtractor extractor = new MetadataExtractor();

    @Test
    void randomTextNeverThrowsAndKeepsOffsetsConsistent() {
        Random random = new Random(20240722L);
        for (int i = 0; i < RANDOM_DOCUMENTS; i++) {
            String text = i % 3 == 0 ? randomChars(random) : randomFragments(random);
            extractor.extract(text);
            ArticleBodyTest.assertOffsetsConsistent(text, ArticleBody.of(text));
        }
    }

    static Stream<Arguments> pathologicalMegabytes() {
        return Stream.of(
                Arguments.of("one huge word", "a".repeat(MEGABYTE)),
                Arguments.of("abbreviations", "U.S. ".repeat(MEGABYTE / 5)),
                Arguments.of("periods", ".".repeat(MEGABYTE)),
                Arguments.of("dashes", "Washington, D.C. – ".repeat(MEGABYTE / 19)),
                Arguments.of("years under a date", "https://media.defense.gov/2020/Jan/01/x.jpg\n"
                        + "in August 2023, the 2024 Summit, 1999-2000 ".repeat(MEGABYTE / 43)),
                Arguments.of("credit fragments", "This Defense news article \"x\" was originally found on ".repeat(MEGABYTE / 55)),
                Arguments.of("one long url", "https://media.defense.gov/" + "2024/Jul/22/".repeat(MEGABYTE / 12) + "x.jpg"),
                Arguments.of("newlines", "\n".repeat(MEGABYTE)),
                Arguments.of("crlf headings", "Heading Line Here\r\n".repeat(MEGABYTE / 19)),
                Arguments.of("unique header then prose", headerThenProse()),
                Arguments.of("boilerplate markers", ("Related News\n" + "x ".repeat(10) + "end.\n").repeat(MEGABYTE / 34)),
                Arguments.of("sources", "Sources: " + "THX & ".repeat(MEGABYTE / 6)),
                Arguments.of("bylines", "By Jane Doe and \n".repeat(MEGABYTE / 17)));
    }

    /** Inputs shaped to provoke backtracking or deep scans still come back with a result. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("pathologicalMegabytes")
    void pathologicalMegabyteIsHandled(String name, String text) {
        extractor.extract(text);
        ArticleBodyTest.assertOffsetsConsistent(text, ArticleBody.of(text));
    }

    @Test
    void eightKilobyteArticleIsReadLikeTheSeedItRepeats() {
        ExtractedMetadata metadata = extractor.extract(eightKilobyteArticle());

        assertEquals("U.S., Iraqi Officials Hold Pentagon Meeting to Discuss Security Cooperation",
                metadata.title().orElseThrow().value());
        assertEquals("https://www.defense.gov/News/News-Stories/", metadata.sourceUrl().orElseThrow().value());
    }

    private static String eightKilobyteArticle() {
        String seed = Seeds.read(Seeds.DEFENSE_STORY_JULY);
        int creditStart = seed.indexOf("This Defense news article");
        String body = seed.substring(0, creditStart);
        String article = body + body.substring(body.indexOf("\n\n")).repeat(3) + seed.substring(creditStart);
        assertTrue(article.length() >= 8_000, "length " + article.length());
        return article;
    }

    private static String headerThenProse() {
        StringBuilder header = new StringBuilder();
        for (int i = 0; header.length() < MEGABYTE; i++) {
            header.append("Distinct header line number ").append(i).append('\n');
        }
        return header + "The Pentagon hosted the delegation for two days of talks on security cooperation.";
    }

    private static String randomFragments(Random random) {
        StringBuilder text = new StringBuilder();
        int count = random.nextInt(200);
        for (int i = 0; i < count; i++) {
            text.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
        }
        return text.toString();
    }

    private static String randomChars(Random random) {
        char[] chars = new char[random.nextInt(500)];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = (char) random.nextInt(random.nextBoolean() ? 128 : Character.MAX_VALUE + 1);
        }
        return new String(chars);
    }
}
