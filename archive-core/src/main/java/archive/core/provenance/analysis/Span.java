package archive.core.provenance.analysis;

/** Half-open char range [start, end) in an original text. */
public record Span(int start, int end) {

    int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    public int overlap(int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }
}
