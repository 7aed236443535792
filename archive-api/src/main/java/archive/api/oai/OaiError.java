package archive.api.oai;

/** One error of a response: its code, and a message that says what was wrong and what to send instead. */
record OaiError(OaiErrorCode code, String message) {
}
