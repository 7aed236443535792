package archive.core.provenance.scoring;

import archive.core.vocabulary.Coded;

/** How a derived text relates to a candidate source. */
public enum Relation implements Coded {
    /** Copied whole, with light edits at most. */
    VERBATIM("verbatim"),
    /** A verbatim part of the source inside other material. */
    EXCERPT("excerpt"),
    /** The source reworded sentence by sentence. */
    PARAPHRASE("paraphrase"),
    /** Covers the same event with little shared text: related, not derived. */
    SAME_EVENT("same-event"),
    /** Nothing worth reporting; never kept as a link's relation. */
    UNRELATED("unrelated");

    private final String code;

    Relation(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    /** Whether the derived text reuses the source's text (as opposed to only its subject). */
    public boolean isTextual() {
        return this == VERBATIM || this == EXCERPT || this == PARAPHRASE;
    }
}
