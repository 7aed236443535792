package archive.core.catalog;

import java.util.Arrays;
import java.util.Optional;

/** Event types, named after the PREMIS event type vocabulary where one fits. */
public enum EventType {
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

    public String code() {
        return code;
    }

    /** The type whose code this is, as recorded in a metadata.json's {@code event}. */
    public static Optional<EventType> of(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
