package archive.core.citation;

/** Output markup of a rendered citation. */
public enum CitationFormat {
    TEXT,
    HTML
}
