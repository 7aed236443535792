package archive.api.oai;

import archive.core.citation.CitableDocument;
import archive.core.citation.OriginalSource;
import archive.core.ingest.IngestService;
import archive.core.provenance.LinkStatus;
import archive.core.text.PartialDate;
import java.net.URI;
import java.time.Instant;

/**
 * A record in MODS 3.8, from what the document's citation is made of: title, authors, publisher and date, when the
 * archive captured the version, where it was published (an original's own address) and its archived copy. A
 * rewrite with an accepted source describes it as {@code relatedItem type="original"}: its title, publisher and
 * date, its defense.gov address, the archived copy of its current version, its record's identifier and how the
 * link was accepted.
 */
final class ModsRecord {

    private static final String VERSION = "3.8";
    /** MARC relator term of an author (https://id.loc.gov/vocabulary/relators/aut). */
    private static final String AUTHOR = "author";

    private ModsRecord() {
    }

    static void write(OaiXml xml, CitableDocument document, String identifier, Instant datestamp, String archiveName,
            OaiRepository repository) {
        xml.root(OaiXml.MODS, "mods").attribute("version", VERSION);
        title(xml, document.title());
        for (String author : document.authors()) {
            xml.start(OaiXml.MODS, "name").attribute("type", "personal");
            xml.leaf(OaiXml.MODS, "namePart", author);
            xml.start(OaiXml.MODS, "role").start(OaiXml.MODS, "roleTerm").attribute("type", "text")
                    .attribute("authority", "marcrelator").text(AUTHOR).end().end();
            xml.end();
        }
        xml.leaf(OaiXml.MODS, "typeOfResource", "text");
        xml.start(OaiXml.MODS, "originInfo");
        published(xml, document.siteName(), document.issued());
        xml.start(OaiXml.MODS, "dateCaptured").attribute("encoding", "w3cdtf")
                .text(UtcDatetime.format(document.archivedAt())).end();
        xml.end();
        xml.start(OaiXml.MODS, "physicalDescription");
        xml.leaf(OaiXml.MODS, "internetMediaType", IngestService.MEDIA_TYPE);
        xml.leaf(OaiXml.MODS, "digitalOrigin", "born digital");
        xml.end();
        location(xml, document.sourceUrl(), document.permalink(), "archived copy of version " + document.version()
                + ", SHA-256 " + document.sha256().hex());
        document.original().ifPresent(source -> original(xml, source, repository));
        xml.start(OaiXml.MODS, "recordInfo");
        xml.leaf(OaiXml.MODS, "recordContentSource", archiveName);
        xml.start(OaiXml.MODS, "recordChangeDate").attribute("encoding", "w3cdtf").text(UtcDatetime.format(datestamp))
                .end();
        xml.leaf(OaiXml.MODS, "recordIdentifier", identifier);
        xml.end();
        xml.end();
    }

    private static void original(OaiXml xml, OriginalSource source, OaiRepository repository) {
        xml.start(OaiXml.MODS, "relatedItem").attribute("type", "original");
        title(xml, source.title());
        if (source.publisher() != null || source.issued() != null) {
            xml.start(OaiXml.MODS, "originInfo");
            published(xml, source.publisher(), source.issued());
            xml.end();
        }
        location(xml, source.url(), source.permalink(), "archived copy");
        xml.start(OaiXml.MODS, "identifier").attribute("type", "oai")
                .text(repository.identifier(source.documentId().value())).end();
        xml.start(OaiXml.MODS, "note").attribute("type", "provenance").text(source.status() == LinkStatus.CONFIRMED
                ? "Confirmed by a librarian as the source of this text."
                : "Accepted as the source of this text by the archive's detection.").end();
        xml.end();
    }

    private static void title(OaiXml xml, String title) {
        xml.start(OaiXml.MODS, "titleInfo").leaf(OaiXml.MODS, "title", title).end();
    }

    private static void published(OaiXml xml, String publisher, PartialDate issued) {
        if (publisher != null) {
            xml.leaf(OaiXml.MODS, "publisher", publisher);
        }
        if (issued != null) {
            xml.start(OaiXml.MODS, "dateIssued").attribute("encoding", "w3cdtf").text(issued.toIsoString()).end();
        }
    }

    /** Where it was published, if that differs from its archived copy, then the archived copy. */
    private static void location(OaiXml xml, URI published, URI archived, String archivedNote) {
        xml.start(OaiXml.MODS, "location");
        if (published != null && !published.equals(archived)) {
            xml.start(OaiXml.MODS, "url").attribute("usage", "primary").text(published.toString()).end();
        }
        xml.start(OaiXml.MODS, "url").attribute("access", "object in context").attribute("note", archivedNote)
                .text(archived.toString()).end();
        xml.end();
    }
}
