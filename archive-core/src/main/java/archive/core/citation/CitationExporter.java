package archive.core.citation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Exports an archived document as BibTeX, RIS or CSL-JSON. */
@ApplicationScoped
public class CitationExporter {

    private final BibTeXExporter bibTeX = new BibTeXExporter();
    private final RisExporter ris = new RisExporter();
    private final CslJsonExporter cslJson;

    @Inject
    public CitationExporter(CslItemMapper mapper) {
        this.cslJson = new CslJsonExporter(mapper);
    }

    public CitationExport export(CitableDocument document, ExportFormat format) {
        return switch (format) {
            case BIBTEX -> bibTeX.export(document);
            case RIS -> ris.export(document);
            case CSL_JSON -> cslJson.export(document);
        };
    }
}
