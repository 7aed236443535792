package archive.web.provenance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A text cut into segments at the aligned passages, so a page can mark each passage (numbered, so a reader can
 * pair them without relying on colour) and link it to its partner in the other text. The segments are plain
 * text; the template escapes them.
 */
public record AlignedText(List<Segment> segments) {

    /** @param passage the passage's number (from 1), or 0 for text that matched nothing */
    public record Segment(String text, int passage) {
        public boolean marked() {
            return passage > 0;
        }
    }

    /** A passage's place in this text. */
    public record Range(int passage, int start, int end) {
    }

    /** Passages that overlap one already marked are left unmarked, so segments never nest. */
    public static AlignedText of(String text, List<Range> ranges) {
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (Range range : placeable(text.length(), ranges)) {
            if (range.start() > at) {
                segments.add(new Segment(text.substring(at, range.start()), 0));
            }
            segments.add(new Segment(text.substring(range.start(), range.end()), range.passage()));
            at = range.end();
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), 0));
        }
        return new AlignedText(segments);
    }

    /** The ranges that can be marked in a text of {@code length} chars, in text order: inside it, not overlapping. */
    public static List<Range> placeable(int length, List<Range> ranges) {
        List<Range> placed = new ArrayList<>();
        int at = 0;
        for (Range range : ranges.stream().sorted(Comparator.comparingInt(Range::start)).toList()) {
            if (range.start() < at || range.start() >= range.end() || range.end() > length) {
                continue;
            }
            placed.add(range);
            at = range.end();
        }
        return placed;
    }

    public long markedCount() {
        return segments.stream().filter(Segment::marked).count();
    }
}
