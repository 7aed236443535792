package archive.core.provenance.alignment;

/** How a derived passage relates to its source passage. */
public enum PassageKind {
    /** Verbatim reuse of words that one of the texts presents as a quotation. */
    QUOTATION,
    /** Verbatim (or lightly edited) reuse of narrative text. */
    VERBATIM,
    /** A reworded sentence: shares most of its specific content words with one or two source sentences. */
    PARAPHRASE_SENTENCE
}
