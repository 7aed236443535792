package archive.core.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.property.Generators;
import archive.core.property.PropertyCheck;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** The file-name sanitizer on thousands of hostile names: whatever comes in, a safe, stable name comes out. */
class FileNamesPropertyTest {

    private static final long SEED = 20261123L;
    private static final int TRIES = 3000;
    private static final String FALLBACK = "fallback.txt";

    @Test
    void everyResultIsASafeSingleNameOfValidText() {
        PropertyCheck.strings("FileNames.sanitize is safe", SEED, TRIES, Generators::fileName).check(raw -> {
            String name = FileNames.sanitize(raw, FALLBACK);
            assertFalse(name.isBlank(), "never blank");
            assertTrue(name.codePointCount(0, name.length()) <= 200, "at most 200 characters");
            assertFalse(name.startsWith("."), "no hidden or relative names");
            assertTrue(name.chars().noneMatch(c -> c == '/' || c == '\\'), "no path separators");
            assertTrue(name.codePoints().noneMatch(cp -> Character.isISOControl(cp)
                    || Character.getType(cp) == Character.FORMAT), "no control or invisible format characters");
            assertEquals(name, new String(name.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8),
                    "valid Unicode: no lone surrogates");
            assertTrue(Normalizer.isNormalized(name, Normalizer.Form.NFC), "NFC");
        });
    }

    @Test
    void sanitizingTwiceChangesNothing() {
        PropertyCheck.strings("FileNames.sanitize is idempotent", SEED + 1, TRIES, Generators::fileName).check(raw -> {
            String once = FileNames.sanitize(raw, FALLBACK);
            assertEquals(once, FileNames.sanitize(once, FALLBACK));
        });
    }

    @Test
    void leavesOrdinaryNamesAlone() {
        PropertyCheck.strings("FileNames.sanitize keeps ordinary names", SEED + 2, TRIES,
                random -> Normalizer.normalize(Generators.text(random, 1 + random.nextInt(40)),
                        Normalizer.Form.NFC).strip() + ".txt").check(name -> {
                            if (isOrdinary(name)) {
                                assertEquals(name, FileNames.sanitize(name, FALLBACK));
                            }
                        });
    }

    /** Printable, NFC, not hidden, not blank, no separators: what a careful person names a file. */
    private static boolean isOrdinary(String name) {
        return !name.isBlank() && name.equals(name.strip()) && !name.startsWith(".")
                && Normalizer.isNormalized(name, Normalizer.Form.NFC)
                && name.codePoints().noneMatch(cp -> cp == '/' || cp == '\\' || Character.isISOControl(cp)
                        || Character.getType(cp) == Character.FORMAT);
    }
}
