package archive.web.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DisplayFormatsTest {

    @Test
    void writesSizesInDecimalUnits() {
        assertEquals("1 byte", DisplayFormats.bytes(1));
        assertEquals("999 bytes", DisplayFormats.bytes(999));
        assertEquals("2.8 kB", DisplayFormats.bytes(2759));
        assertEquals("10 MB", DisplayFormats.bytes(10_485_760));
    }

    @Test
    void writesTimesInUtcAndDatesInFull() {
        assertEquals("22 Jul 2024, 14:03 UTC", DisplayFormats.display(Instant.parse("2024-07-22T14:03:59Z")));
        assertEquals("9 December 2022", DisplayFormats.display(LocalDate.of(2022, 12, 9)));
    }
}
