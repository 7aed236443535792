package archive.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void keepsOnlyTheLastPathSegment() {
        assertEquals("passwd", FileNames.sanitize("../../etc/passwd", "x.txt"));
        assertEquals("report.txt", FileNames.sanitize("C:\\Users\\me\\report.txt", "x.txt"));
    }

    @Test
    void dropsControlCharactersAndLeadingDots() {
        assertEquals("evil.txt", FileNames.sanitize(".\u0000evil\u202e.txt\n", "x.txt"));
    }

    @Test
    void fallsBackWhenNothingIsLeft() {
        assertEquals("x.txt", FileNames.sanitize("../", "x.txt"));
        assertEquals("x.txt", FileNames.sanitize(null, "x.txt"));
    }

    @Test
    void keepsUnicodeNames() {
        assertEquals("Résumé – 2024.txt", FileNames.sanitize("Résumé – 2024.txt", "x.txt"));
    }
}
