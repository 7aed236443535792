package archive.api.oai;

/**
 * The protocol's error codes this provider answers with (§3.6). Two never apply: noMetadataFormats (every record is
 * disseminated in every format) and noSetHierarchy (the archive has sets).
 */
enum OaiErrorCode {
    BAD_ARGUMENT("badArgument"),
    BAD_RESUMPTION_TOKEN("badResumptionToken"),
    BAD_VERB("badVerb"),
    CANNOT_DISSEMINATE_FORMAT("cannotDisseminateFormat"),
    ID_DOES_NOT_EXIST("idDoesNotExist"),
    NO_RECORDS_MATCH("noRecordsMatch");

    private final String code;

    OaiErrorCode(String code) {
        this.code = code;
    }

    String code() {
        return code;
    }

    /** After these the response's request element carries no arguments: they could not be read (§3.2). */
    boolean hidesArguments() {
        return this == BAD_VERB || this == BAD_ARGUMENT;
    }
}
