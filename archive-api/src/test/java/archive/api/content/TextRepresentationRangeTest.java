package archive.api.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import archive.api.content.TextRepresentation.RangeNotSatisfiableException;
import org.junit.jupiter.api.Test;

class TextRepresentationRangeTest {

    @Test
    void readsTheThreeFormsOfAByteRange() {
        assertArrayEquals(new long[] {0, 9}, TextRepresentation.parseRange("bytes=0-9", 100));
        assertArrayEquals(new long[] {90, 99}, TextRepresentation.parseRange("bytes=90-", 100));
        assertArrayEquals(new long[] {80, 99}, TextRepresentation.parseRange("bytes=-20", 100));
    }

    @Test
    void clampsTheEndToTheLength() {
        assertArrayEquals(new long[] {50, 99}, TextRepresentation.parseRange("bytes=50-1000", 100));
        assertArrayEquals(new long[] {0, 99}, TextRepresentation.parseRange("bytes=-1000", 100));
    }

    @Test
    void ignoresOtherUnitsAndMultipleRanges() {
        assertNull(TextRepresentation.parseRange("items=0-1", 100));
        assertNull(TextRepresentation.parseRange("bytes=0-1,5-6", 100));
    }

    @Test
    void refusesRangesBeyondTheEnd() {
        RangeNotSatisfiableException e = assertThrows(RangeNotSatisfiableException.class,
                () -> TextRepresentation.parseRange("bytes=100-", 100));
        assertEquals(100, e.length());
        assertThrows(RangeNotSatisfiableException.class, () -> TextRepresentation.parseRange("bytes=-0", 100));
    }

    @Test
    void refusesMalformedRanges() {
        for (String malformed : new String[] {"bytes", "bytes=", "bytes=-", "bytes=a-b", "bytes=9-3",
                "bytes=99999999999999999999-"}) {
            assertThrows(RangeNotSatisfiableException.class, () -> TextRepresentation.parseRange(malformed, 100),
                    malformed);
        }
    }
}
