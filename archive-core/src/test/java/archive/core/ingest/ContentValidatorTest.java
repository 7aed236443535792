package archive.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.ingest.ContentRejectedException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContentValidatorTest {

    private final ContentValidator validator = new ContentValidator(64);

    @Test
    void acceptsUtf8TextWithTabsAndLineBreaks() {
        validator.validate("Ryder said:\t“Today”\r\n— Pentagon\n".getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void refusesEmptyUploads() {
        assertEquals(Reason.EMPTY, reject(new byte[0]).reason());
    }

    @Test
    void refusesUploadsOverTheLimitNamingTheLimit() {
        ContentRejectedException e = reject(new byte[65]);
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("64"), e.getMessage());
    }

    @Test
    void refusesInvalidUtf8AtTheOffendingOffset() {
        ContentRejectedException e = reject(new byte[] {'o', 'k', (byte) 0xC3, '(', 'x'});
        assertEquals(Reason.NOT_UTF8, e.reason());
        assertTrue(e.getMessage().contains("offset 2"), e.getMessage());
    }

    @Test
    void refusesTruncatedMultiByteCharacter() {
        assertEquals(Reason.NOT_UTF8, reject(new byte[] {'a', (byte) 0xE2, (byte) 0x80}).reason());
    }

    @Test
    void refusesBinaryDisguisedAsText() {
        ContentRejectedException e = reject(new byte[] {'P', 'K', 3, 4, 0, 0});
        assertEquals(Reason.BINARY, e.reason());
        assertTrue(e.getMessage().contains("0x03"), e.getMessage());
    }

    private ContentRejectedException reject(byte[] bytes) {
        return assertThrows(ContentRejectedException.class, () -> validator.validate(bytes));
    }
}
