package archive.core.metadata;

/** Whether a text is a publisher's original article or a rewritten copy of one. */
public enum ArticleKind {
    ORIGINAL,
    REWRITE
}
