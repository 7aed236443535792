package archive.core.metadata;

import archive.core.text.TextSpan;

/**
 * One line of a text with its layout role.
 *
 * @param span offsets of the line's content, without surrounding whitespace or line terminator
 * @param text the content itself, equal to {@code span.slice(original)}
 * @param role what the line is
 */
public record DocumentLine(TextSpan span, String text, LineRole role) {
}
