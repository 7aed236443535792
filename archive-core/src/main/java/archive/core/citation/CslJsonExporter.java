package archive.core.citation;

import de.undercouch.citeproc.helper.json.StringJsonBuilderFactory;

/**
 * Writes CSL-JSON, the item format citeproc-js and Zotero read: an array holding the item
 * exactly as it is rendered, serialized by citeproc-java's own JSON writer.
 */
final class CslJsonExporter {

    private final CslItemMapper mapper;

    CslJsonExporter(CslItemMapper mapper) {
        this.mapper = mapper;
    }

    CitationExport export(CitableDocument document) {
        Object json = mapper.toItem(document).toJson(new StringJsonBuilderFactory().createJsonBuilder());
        return CitationExport.of(ExportFormat.CSL_JSON, "[" + json + "]\n");
    }
}
