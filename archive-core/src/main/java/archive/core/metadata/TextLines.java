package archive.core.metadata;

import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.List;

/** Splits text into lines on LF, CRLF or CR, keeping offsets into the original String. */
final class TextLines {

    private TextLines() {
    }

    static List<TextLine> split(String text) {
        List<TextLine> lines = new ArrayList<>();
        int length = text.length();
        int lineStart = 0;
        while (true) {
            int lineEnd = lineStart;
            while (lineEnd < length && !isLineBreak(text.charAt(lineEnd))) {
                lineEnd++;
            }
            lines.add(trimmed(text, lineStart, lineEnd));
            if (lineEnd == length) {
                return lines;
            }
            boolean crlf = text.charAt(lineEnd) == '\r' && lineEnd + 1 < length && text.charAt(lineEnd + 1) == '\n';
            lineStart = lineEnd + (crlf ? 2 : 1);
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r';
    }

    private static TextLine trimmed(String text, int start, int end) {
        while (start < end && Whitespace.isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && Whitespace.isSpace(text.charAt(end - 1))) {
            end--;
        }
        return new TextLine(new TextSpan(start, end), text.substring(start, end));
    }
}
