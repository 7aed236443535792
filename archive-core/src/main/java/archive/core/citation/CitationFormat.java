package archive.core.citation;

/** Output markup of a rendered citation. */
public enum CitationFormat {
    TEXT("text"),
    HTML("html");

    private final String citeprocName;

    CitationFormat(String citeprocName) {
        this.citeprocName = citeprocName;
    }

    /** The name citeproc-java's {@code CSL.setOutputFormat} expects. */
    String citeprocName() {
        return citeprocName;
    }
}
