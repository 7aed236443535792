package archive.core.citation;

import java.nio.charset.StandardCharsets;

/**
 * An exported citation file: UTF-8 content, plus how to serve and name it.
 * The content array is the caller's to keep; it is not copied.
 */
public record CitationExport(ExportFormat format, byte[] content) {

    public static CitationExport of(ExportFormat format, String content) {
        return new CitationExport(format, content.getBytes(StandardCharsets.UTF_8));
    }

    public String mediaType() {
        return format.mediaType();
    }

    public String fileExtension() {
        return format.fileExtension();
    }

    public String contentAsString() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
