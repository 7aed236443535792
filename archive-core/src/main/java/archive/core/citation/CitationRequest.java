package archive.core.citation;

import java.util.Objects;

/**
 * How to render: which CSL style (by id, e.g. "apa" or a dependent style's id), in which
 * locale, as which markup.
 */
public record CitationRequest(String styleId, String locale, CitationFormat format) {

    public static final String DEFAULT_LOCALE = "en-US";

    public CitationRequest {
        Objects.requireNonNull(styleId, "styleId");
        locale = locale == null || locale.isBlank() ? DEFAULT_LOCALE : locale;
        format = format == null ? CitationFormat.TEXT : format;
    }

    public static CitationRequest of(String styleId, CitationFormat format) {
        return new CitationRequest(styleId, DEFAULT_LOCALE, format);
    }
}
