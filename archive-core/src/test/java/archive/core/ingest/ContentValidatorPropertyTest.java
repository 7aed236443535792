package archive.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.ingest.ContentRejectedException.Reason;
import archive.core.property.Generators;
import archive.core.property.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The ingest validator against an independent oracle, on thousands of generated near-text inputs. */
class ContentValidatorPropertyTest {

    private static final long SEED = 20261123L;
    private static final int TRIES = 3000;
    private static final int LIMIT = 256;
    private static final Pattern OFFSET = Pattern.compile("offset (\\d+)");

    private final ContentValidator validator = new ContentValidator(LIMIT);

    @Test
    void acceptsExactlyNonEmptyUtf8TextWithinTheLimit() {
        PropertyCheck.bytes("ContentValidator agrees with the oracle", SEED, TRIES,
                random -> Generators.textish(random, 40)).check(bytes -> {
                    Optional<Reason> expected = oracle(bytes);
                    Optional<Reason> actual = verdict(bytes);
                    assertEquals(expected, actual);
                });
    }

    @Test
    void namesTheFirstOffendingByte() {
        PropertyCheck.bytes("ContentValidator points at the first bad byte", SEED + 1, TRIES,
                random -> Generators.textish(random, 20)).check(bytes -> {
                    try {
                        validator.validate(bytes);
                    } catch (ContentRejectedException e) {
                        Matcher offset = OFFSET.matcher(e.getMessage());
                        if (e.reason() == Reason.BINARY) {
                            assertTrue(offset.find(), e.getMessage());
                            int at = Integer.parseInt(offset.group(1));
                            assertTrue(isControl(bytes[at]), "offset " + at + " holds a control byte");
                            for (int i = 0; i < at; i++) {
                                assertTrue(!isControl(bytes[i]), "no control byte before offset " + at);
                            }
                        } else if (e.reason() == Reason.NOT_UTF8 && offset.find()) {
                            int at = Integer.parseInt(offset.group(1));
                            assertTrue(at < bytes.length && isUtf8(Arrays.copyOf(bytes, at)) || at == 0,
                                    "everything before offset " + at + " is valid UTF-8");
                        }
                    }
                });
    }

    private Optional<Reason> verdict(byte[] bytes) {
        try {
            validator.validate(bytes);
            return Optional.empty();
        } catch (ContentRejectedException e) {
            return Optional.of(e.reason());
        }
    }

    /** Independent of the validator: strict UTF-8 is whatever survives a round trip through String unchanged. */
    private static Optional<Reason> oracle(byte[] bytes) {
        if (bytes.length == 0) {
            return Optional.of(Reason.EMPTY);
        }
        if (bytes.length > LIMIT) {
            return Optional.of(Reason.TOO_LARGE);
        }
        if (!isUtf8(bytes)) {
            return Optional.of(Reason.NOT_UTF8);
        }
        for (byte b : bytes) {
            if (isControl(b)) {
                return Optional.of(Reason.BINARY);
            }
        }
        return Optional.empty();
    }

    private static boolean isUtf8(byte[] bytes) {
        return Arrays.equals(bytes, new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    private static boolean isControl(byte b) {
        int value = b & 0xff;
        return value == 0x7f || value < 0x20 && "\t\n\r\u000b\f".indexOf(value) < 0;
    }
}
