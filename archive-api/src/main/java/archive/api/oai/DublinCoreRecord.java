package archive.api.oai;

import archive.core.citation.CitableDocument;
import archive.core.ingest.IngestService;

/**
 * A record in unqualified Dublin Core ({@code oai_dc}), from what the document's citation is made of. A rewrite
 * with an accepted source names it as {@code dc:source} (the defense.gov address, or the source's archived copy
 * when its address is unknown) and {@code dc:relation} (the archived copy of the source's current version).
 */
final class DublinCoreRecord {

    /** The DCMI Type Vocabulary's term for a resource consisting primarily of words for reading. */
    private static final String TEXT = "Text";

    private DublinCoreRecord() {
    }

    static void write(OaiXml xml, CitableDocument document) {
        xml.root(OaiXml.OAI_DC, "dc").declare(OaiXml.DC);
        xml.leaf(OaiXml.DC, "title", document.title());
        document.authors().forEach(author -> xml.leaf(OaiXml.DC, "creator", author));
        if (document.siteName() != null) {
            xml.leaf(OaiXml.DC, "publisher", document.siteName());
        }
        if (document.issued() != null) {
            xml.leaf(OaiXml.DC, "date", document.issued().toIsoString());
        }
        xml.leaf(OaiXml.DC, "type", TEXT);
        xml.leaf(OaiXml.DC, "format", IngestService.MEDIA_TYPE);
        xml.leaf(OaiXml.DC, "identifier", document.permalink().toString());
        if (document.sourceUrl() != null) {
            xml.leaf(OaiXml.DC, "identifier", document.sourceUrl().toString());
        }
        document.original().ifPresent(source -> {
            xml.leaf(OaiXml.DC, "source", source.url().toString());
            xml.leaf(OaiXml.DC, "relation", source.permalink().toString());
        });
        xml.end();
    }
}
