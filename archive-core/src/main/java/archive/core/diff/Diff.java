package archive.core.diff;

import java.util.List;

/**
 * The difference between two texts as consecutive segments. {@code approximate} means a change was too large to
 * compare in detail and is shown as its old text deleted and its new text inserted.
 */
public record Diff(List<Segment> segments, boolean approximate) {

    public enum Change {
        KEPT, DELETED, INSERTED
    }

    public record Segment(Change change, String text) {
    }

    public boolean identical() {
        return segments.stream().allMatch(segment -> segment.change() == Change.KEPT);
    }

    public int insertedWords() {
        return words(Change.INSERTED);
    }

    public int deletedWords() {
        return words(Change.DELETED);
    }

    private int words(Change change) {
        return segments.stream().filter(segment -> segment.change() == change)
                .mapToInt(segment -> TextDiff.wordCount(segment.text())).sum();
    }
}
