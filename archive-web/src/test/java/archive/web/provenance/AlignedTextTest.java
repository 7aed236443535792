package archive.web.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.web.provenance.AlignedText.Range;
import archive.web.provenance.AlignedText.Segment;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignedTextTest {

    @Test
    void cutsTheTextAtThePassagesInTextOrder() {
        AlignedText text = AlignedText.of("one two three four", List.of(new Range(2, 14, 18), new Range(1, 4, 7)));

        assertEquals(List.of(new Segment("one ", 0), new Segment("two", 1), new Segment(" three ", 0),
                new Segment("four", 2)), text.segments());
        assertEquals(2, text.markedCount());
    }

    @Test
    void leavesOverlappingAndOutOfRangePassagesUnmarked() {
        AlignedText text = AlignedText.of("abcdef", List.of(new Range(1, 0, 4), new Range(2, 2, 5),
                new Range(3, 9, 12)));

        assertEquals(List.of(new Segment("abcd", 1), new Segment("ef", 0)), text.segments());
    }
}
