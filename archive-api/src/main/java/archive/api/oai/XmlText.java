package archive.api.oai;

/**
 * Text that XML 1.0 can carry (its Char production): a catalog value or a request argument may hold control
 * characters, which no XML writer may emit.
 */
final class XmlText {

    private XmlText() {
    }

    static boolean isLegal(String text) {
        return text.codePoints().allMatch(XmlText::isLegal);
    }

    /** The text with each character XML cannot carry replaced by U+FFFD. */
    static String legal(String text) {
        StringBuilder legal = new StringBuilder(text.length());
        text.codePoints().forEach(c -> legal.appendCodePoint(isLegal(c) ? c : 0xFFFD));
        return legal.toString();
    }

    private static boolean isLegal(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
