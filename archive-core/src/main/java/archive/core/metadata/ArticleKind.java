package archive.core.metadata;

import archive.core.vocabulary.Coded;

/** Whether a text is a publisher's original article or a rewritten copy of one. */
public enum ArticleKind implements Coded {
    ORIGINAL("original"),
    REWRITE("rewrite");

    private final String code;

    ArticleKind(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
