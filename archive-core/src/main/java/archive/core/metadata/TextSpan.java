package archive.core.metadata;

/**
 * A half-open range [start, end) of char offsets into the original Java String.
 */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public String slice(CharSequence text) {
        return text.subSequence(start, end).toString();
    }
}
