package archive.core.metadata;

/** Whitespace as scraped web text has it: Java's definition misses NBSP and the BOM. */
final class Whitespace {

    private Whitespace() {
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c)
                || c == '\u00A0' // no-break space, trails many defense.gov paragraphs
                || c == '\u2007'
                || c == '\u202F'
                || c == '\u200B'
                || c == '\uFEFF'; // byte order mark
    }
}
