package archive.core.provenance;

/** Half-open char range [start, end) in an original text. */
record Span(int start, int end) {

    int length() {
        return end - start;
    }

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    int overlap(int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }
}
