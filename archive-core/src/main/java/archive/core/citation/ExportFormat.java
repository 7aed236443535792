package archive.core.citation;

/** Bibliographic file formats a document can be exported in, with their media type and file extension. */
public enum ExportFormat {
    BIBTEX("application/x-bibtex", "bib"),
    RIS("application/x-research-info-systems", "ris"),
    CSL_JSON("application/vnd.citationstyles.csl+json", "json");

    private final String mediaType;
    private final String fileExtension;

    ExportFormat(String mediaType, String fileExtension) {
        this.mediaType = mediaType;
        this.fileExtension = fileExtension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String fileExtension() {
        return fileExtension;
    }
}
