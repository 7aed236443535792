package archive.core.account;

import archive.core.vocabulary.Coded;

/** Where an API token stands, as the API and the pages name it. */
public enum TokenStatus implements Coded {
    ACTIVE("active"),
    EXPIRED("expired"),
    REVOKED("revoked");

    private final String code;

    TokenStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
