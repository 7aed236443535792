package archive.core.provenance.analysis;

/**
 * Maps typographic variants to plain ASCII punctuation one char for one char, so every offset in the
 * folded text is also an offset in the original text (evidence must point into the original String).
 */
public final class TextFolding {

    private TextFolding() {
    }

    public static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(chars[i]);
        }
        return new String(chars);
    }

    static char foldChar(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u02BC', '\u2032', '`' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u00AB', '\u00BB', '\u2033' -> '"';
            case '\u2010', '\u2011', '\u00AD' -> '-';
            // Dashes used as separators ("Washington – With") must not glue words together.
            case '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> ' ';
            case '\u00A0', '\u2007', '\u202F', '\u2009', '\u200A', '\u2002', '\u2003' -> ' ';
            case '\u2026' -> '.';
            default -> c;
        };
    }
}
