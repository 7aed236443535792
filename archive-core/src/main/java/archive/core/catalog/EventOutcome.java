package archive.core.catalog;

import archive.core.vocabulary.Coded;

/** Whether what an event records succeeded (PREMIS event outcome). */
public enum EventOutcome implements Coded {
    SUCCESS("success"),
    FAILURE("failure");

    private final String code;

    EventOutcome(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
