package archive.core.citation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a CSL file's {@code <info><title>} from the file's first bytes, where every style of
 * the styles jar has it. A regular expression rather than an XML parser: creating a StAX
 * reader per file made indexing 10,000 styles three times slower. Titles hold only text and
 * character references ({@code &amp;}, {@code &#8211;}), which are decoded here.
 */
final class StyleTitleReader {

    private static final int HEAD_BYTES = 2048;
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    private static final Pattern REFERENCE = Pattern.compile("&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));");

    /** @return the decoded title, or null when the file has none */
    String read(InputStream csl) throws IOException {
        byte[] head = csl.readNBytes(HEAD_BYTES);
        Matcher title = TITLE.matcher(new String(head, StandardCharsets.UTF_8));
        if (title.find()) {
            return decode(title.group(1)).strip();
        }
        byte[] rest = csl.readAllBytes();
        if (rest.length == 0) {
            return null;
        }
        byte[] whole = new byte[head.length + rest.length];
        System.arraycopy(head, 0, whole, 0, head.length);
        System.arraycopy(rest, 0, whole, head.length, rest.length);
        title = TITLE.matcher(new String(whole, StandardCharsets.UTF_8));
        return title.find() ? decode(title.group(1)).strip() : null;
    }

    static String decode(String text) {
        return REFERENCE.matcher(text).replaceAll(reference -> {
            String codePoint;
            if (reference.group(1) != null) {
                codePoint = Character.toString(Integer.parseInt(reference.group(1), 16));
            } else if (reference.group(2) != null) {
                codePoint = Character.toString(Integer.parseInt(reference.group(2)));
            } else {
                codePoint = switch (reference.group(3)) {
                    case "amp" -> "&";
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "quot" -> "\"";
                    default -> "'";
                };
            }
            return Matcher.quoteReplacement(codePoint);
        });
    }
}
