package archive.core.metadata;

import java.util.Locale;
import java.util.Set;

/** Cheap tests of what a single trimmed line looks like. All are linear and bounded. */
final class LineShapes {

    private static final int MAX_URL_LENGTH = 2048;
    private static final int MAX_TITLE_LENGTH = 300;
    private static final Set<String> IMAGE_EXTENSIONS =
            Set.of("jpg", "jpeg", "png", "gif", "webp", "avif", "bmp", "tif", "tiff");

    /** A paragraph has enough words to be prose; short lines are headings, menus or labels. */
    private static final int PARAGRAPH_MIN_WORDS = 8;
    /** Long enough to be prose even without closing punctuation (e.g. a truncated scrape). */
    private static final int PARAGRAPH_UNPUNCTUATED_WORDS = 25;

    private LineShapes() {
    }

    static boolean isImageUrl(String line) {
        if (line.length() > MAX_URL_LENGTH || !startsWithHttp(line) || containsSpace(line)) {
            return false;
        }
        int pathEnd = firstIndexOfAny(line, "?#");
        String path = line.substring(0, pathEnd);
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/')
                && IMAGE_EXTENSIONS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    static boolean looksLikeParagraph(String line) {
        int words = countWords(line, PARAGRAPH_UNPUNCTUATED_WORDS);
        return words >= PARAGRAPH_UNPUNCTUATED_WORDS
                || (words >= PARAGRAPH_MIN_WORDS && endsLikeSentence(line));
    }

    /** A headline is a few words of plain text; breadcrumbs and labels ("Share:") are not. */
    static boolean couldBeTitle(String line) {
        return line.length() >= 10
                && line.length() <= MAX_TITLE_LENGTH
                && countWords(line, 3) >= 3
                && !containsAny(line, "»›|>")
                && !line.endsWith(":")
                && !startsWithHttp(line);
    }

    /** Counts whitespace-separated words, stopping early once {@code stopAt} is reached. */
    private static int countWords(String line, int stopAt) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < line.length() && words < stopAt; i++) {
            boolean space = Whitespace.isSpace(line.charAt(i));
            if (!space && !inWord) {
                words++;
            }
            inWord = !space;
        }
        return words;
    }

    private static boolean startsWithHttp(String line) {
        return line.regionMatches(true, 0, "http://", 0, 7) || line.regionMatches(true, 0, "https://", 0, 8);
    }

    private static boolean endsLikeSentence(String line) {
        int i = line.length() - 1;
        while (i >= 0 && "\"'”’)]".indexOf(line.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?…".indexOf(line.charAt(i)) >= 0;
    }

    private static boolean containsSpace(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Whitespace.isSpace(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsAny(String line, String chars) {
        return firstIndexOfAny(line, chars) < line.length();
    }

    private static int firstIndexOfAny(String line, String chars) {
        for (int i = 0; i < line.length(); i++) {
            if (chars.indexOf(line.charAt(i)) >= 0) {
                return i;
            }
        }
        return line.length();
    }
}
