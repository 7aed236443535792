package archive.core.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.diff.Diff.Change;
import archive.core.diff.Diff.Segment;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    @Test
    void marksTheChangedWordsInsideAChangedLine() {
        Diff diff = TextDiff.compare("The meeting ends today.\nSecond line.\n",
                "The meeting ended yesterday.\nSecond line.\n");

        assertEquals(List.of(
                new Segment(Change.KEPT, "The meeting "),
                new Segment(Change.DELETED, "ends today"),
                new Segment(Change.INSERTED, "ended yesterday"),
                new Segment(Change.KEPT, ".\nSecond line.\n")), diff.segments());
        assertEquals(2, diff.deletedWords());
        assertEquals(2, diff.insertedWords());
        assertFalse(diff.approximate());
    }

    @Test
    void readsChangesSeparatedByALoneMarkAsOneChange() {
        Diff diff = TextDiff.compare("id 8958b0e0-e758-4194 ends\n", "id 83729ed6-b669-4373 ends\n");

        assertEquals(List.of(
                new Segment(Change.KEPT, "id "),
                new Segment(Change.DELETED, "8958b0e0-e758-4194"),
                new Segment(Change.INSERTED, "83729ed6-b669-4373"),
                new Segment(Change.KEPT, " ends\n")), diff.segments());
    }

    @Test
    void keepsWholeLinesThatWereAddedOrRemoved() {
        Diff diff = TextDiff.compare("one\ntwo\nthree\n", "one\nthree\nfour\n");

        assertEquals(List.of(
                new Segment(Change.KEPT, "one\n"),
                new Segment(Change.DELETED, "two\n"),
                new Segment(Change.KEPT, "three\n"),
                new Segment(Change.INSERTED, "four\n")), diff.segments());
    }

    @Test
    void identicalTextsHaveOnlyKeptSegments() {
        Diff diff = TextDiff.compare("same\ntext", "same\ntext");
        assertTrue(diff.identical());
        assertEquals(List.of(new Segment(Change.KEPT, "same\ntext")), diff.segments());
        assertTrue(TextDiff.compare("", "").segments().isEmpty());
    }

    @Test
    void keptAndDeletedSpellTheOldTextKeptAndInsertedTheNew() {
        Random random = new Random(7);
        String[] words = {"Iraq", "U.S.", "security", "dialogue", "\n", " ", ", ", "Pentagon", "—", "“quoted”", "\r\n"};
        for (int round = 0; round < 200; round++) {
            String from = randomText(random, words);
            String to = randomText(random, words);
            Diff diff = TextDiff.compare(from, to);
            assertEquals(from, spell(diff, Change.INSERTED), "old text of round " + round);
            assertEquals(to, spell(diff, Change.DELETED), "new text of round " + round);
        }
    }

    @Test
    void showsAChangeTooLargeToCompareAsAWholeReplacement() {
        String from = "a\nb\nc\nd\n";
        String to = "a\nx\ny\nz\nd\n";

        Diff diff = TextDiff.compare(from, to, 4);

        assertTrue(diff.approximate());
        assertEquals(from, spell(diff, Change.INSERTED));
        assertEquals(to, spell(diff, Change.DELETED));
        assertEquals(List.of(new Segment(Change.DELETED, from), new Segment(Change.INSERTED, to)), diff.segments());
    }

    @Test
    void largeTextsWithSmallChangesAreComparedInDetail() {
        String paragraph = "U.S. and Iraqi officials met at the Pentagon to discuss the coalition. ".repeat(20) + "\n";
        String from = paragraph.repeat(3000);
        String to = from.replaceFirst("officials met", "officials gathered");

        Diff diff = TextDiff.compare(from, to);

        assertFalse(diff.approximate());
        assertEquals(1, diff.deletedWords());
        assertEquals(1, diff.insertedWords());
    }

    @Test
    void aLargeRewriteIsComparedLineByLineNotShownAsOneReplacement() {
        StringBuilder from = new StringBuilder();
        StringBuilder to = new StringBuilder();
        for (int line = 0; line < 3000; line++) {
            from.append("Paragraph ").append(line).append(" as the wire service sent it.\n");
            to.append(line % 2 == 0 ? "Paragraph " + line + " as the wire service sent it.\n"
                    : "A rewritten paragraph " + line + ".\n");
        }

        Diff diff = TextDiff.compare(from.toString(), to.toString());

        assertFalse(diff.approximate());
        assertEquals(1500, diff.segments().stream()
                .filter(segment -> segment.change() == Change.KEPT && segment.text().contains("wire service"))
                .count());
    }

    private static String spell(Diff diff, Change without) {
        return diff.segments().stream().filter(segment -> segment.change() != without).map(Segment::text)
                .collect(Collectors.joining());
    }

    private static String randomText(Random random, String[] words) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            text.append(words[random.nextInt(words.length)]);
        }
        return text.toString();
    }
}
