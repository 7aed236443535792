package archive.core.text;

/** A half-open range [start, end) of char offsets into an original text. */
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

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    /** How many chars this span shares with [otherStart, otherEnd). */
    public int overlap(int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }
}
