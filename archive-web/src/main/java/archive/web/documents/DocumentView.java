package archive.web.documents;

import archive.core.metadata.catalog.FieldName;
import archive.web.provenance.ProvenancePanel.ProvenanceView;
import java.util.List;

/** The document page: what the document is, its text as archived, its versions and its history. */
public record DocumentView(DocumentDescription document, String text, List<VersionRow> versions,
        List<EventRow> events, EventRow lastFixityCheck, ReferenceManagerTags reference,
        MetadataFacts metadata, CiteBox.CiteBoxView cite,
        ProvenanceView provenance) {

    /** The title from the metadata, else the name the file came with. */
    public String heading() {
        return metadata.value(FieldName.TITLE).orElse(document.title());
    }
}
