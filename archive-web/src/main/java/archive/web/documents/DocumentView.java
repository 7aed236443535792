package archive.web.documents;

import java.util.List;

/** The document page: what the document is, its text as archived, its versions and its history. */
public record DocumentView(DocumentDescription document, String text, List<VersionRow> versions,
        List<EventRow> events, EventRow lastFixityCheck, ReferenceManagerTags reference) {
}
