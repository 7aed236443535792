package archive.core.ingest;

import java.text.Normalizer;

/** Turns whatever name a client sent into a safe, meaningful file name: the last path segment, printable only. */
public final class FileNames {

    private static final int MAX_LENGTH = 200;

    private FileNames() {
    }

    public static String sanitize(String raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = name.codePoints()
                .filter(cp -> !Character.isISOControl(cp) && Character.getType(cp) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_LENGTH) {
            name = name.substring(name.length() - MAX_LENGTH);
        }
        return name.isBlank() ? fallback : name;
    }
}
