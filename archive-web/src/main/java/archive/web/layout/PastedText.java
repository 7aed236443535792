package archive.web.layout;

/** A text a person pasted into a form's text area. */
public final class PastedText {

    private PastedText() {
    }

    /**
     * Browsers send a text area's line breaks as CRLF whatever was pasted (HTML form submission normalizes them);
     * the text keeps the LF line breaks it was pasted with. A missing field is an empty text.
     */
    public static String of(String field) {
        return field == null ? "" : field.replace("\r\n", "\n");
    }
}
