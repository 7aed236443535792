package archive.core.provenance.analysis;

/**
 * Decides whether a line is site furniture rather than article content: navigation and heading lines
 * ("Related News", "Iraq News USA News"), bare URLs, table cells and credit lines.
 */
public final class BoilerplateClassifier {

    /** Lines shorter than this without closing punctuation read as headings or navigation. */
    private static final int MIN_CONTENT_WORDS = 5;

    private BoilerplateClassifier() {
    }

    static boolean isBoilerplate(String line, int wordCount) {
        if (wordCount == 0 || CreditLines.isCreditLine(line)) {
            return true;
        }
        char last = line.charAt(line.length() - 1);
        if (last == '|') {
            return true;
        }
        boolean closed = ".!?\"'".indexOf(last) >= 0;
        return wordCount < MIN_CONTENT_WORDS && !closed;
    }
}
