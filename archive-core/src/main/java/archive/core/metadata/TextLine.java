package archive.core.metadata;

import archive.core.text.TextSpan;

/** A line's trimmed content and where it sits in the original text. */
record TextLine(TextSpan span, String text) {

    boolean isBlank() {
        return text.isEmpty();
    }
}
