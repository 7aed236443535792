package archive.core.catalog;

import archive.core.vocabulary.Coded;

/** Event types, named after the PREMIS event type vocabulary where one fits. */
public enum EventType implements Coded {
    INGESTION("ingestion"),
    NEW_VERSION("new-version"),
    FIXITY_CHECK("fixity-check"),
    RECONCILIATION("reconciliation"),
    METADATA_CORRECTION("metadata-correction"),
    PROVENANCE_DECISION("provenance-decision"),

    ACCOUNT_CREATED("account-created"),
    ACCOUNT_ROLES_CHANGED("account-roles-changed"),
    ACCOUNT_DISABLED("account-disabled"),
    ACCOUNT_ENABLED("account-enabled"),
    ACCOUNT_PASSWORD_CHANGED("account-password-changed"),
    TOKEN_CREATED("token-created"),
    TOKEN_REVOKED("token-revoked");

    private final String code;

    EventType(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
