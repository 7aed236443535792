package archive.core.ingest;

import java.text.Normalizer;

/**
 * Turns whatever name a client sent into a safe, meaningful file name: the last path segment, printable and valid
 * Unicode only, NFC, no leading dots, at most {@value #MAX_LENGTH} characters. Sanitizing a sanitized name changes
 * nothing.
 */
public final class FileNames {

    private static final int MAX_LENGTH = 200;
    /** Each pass can only shorten the name; a handful always reaches the fixed point. */
    private static final int MAX_PASSES = 8;

    private FileNames() {
    }

    public static String sanitize(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        String name = raw;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            String cleaner = clean(name);
            if (cleaner.equals(name)) {
                break;
            }
            name = cleaner;
        }
        return name.isBlank() ? fallback : name;
    }

    /** One pass; its steps can uncover work for each other (NFC after filtering, trimming after truncation). */
    private static String clean(String raw) {
        String name = raw.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT
                        && Character.getType(cp) != Character.SURROGATE)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        while (name.startsWith(".")) {
            name = name.substring(1).strip();
        }
        int codePoints = name.codePointCount(0, name.length());
        if (codePoints > MAX_LENGTH) {
            name = name.substring(name.offsetByCodePoints(0, codePoints - MAX_LENGTH)); // keeps the extension
        }
        return name;
    }
}
