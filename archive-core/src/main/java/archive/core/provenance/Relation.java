package archive.core.provenance;

/** How a derived text relates to a candidate source. */
public enum Relation {
    /** Copied whole, with light edits at most. */
    VERBATIM,
    /** A verbatim part of the source inside other material. */
    EXCERPT,
    /** The source reworded sentence by sentence. */
    PARAPHRASE,
    /** Covers the same event with little shared text: related, not derived. */
    SAME_EVENT,
    /** Nothing worth reporting. */
    UNRELATED;

    /** Whether the derived text reuses the source's text (as opposed to only its subject). */
    public boolean isTextual() {
        return this == VERBATIM || this == EXCERPT || this == PARAPHRASE;
    }
}
