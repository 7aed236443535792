package archive.api.changes;

import archive.api.links.WebLink;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Changes as an Atom feed document (RFC 4287). Written with the JDK's StAX writer rather than a feed library, so that
 * the tests' Atom parser (ROME) checks it independently.
 *
 * @param id the feed's IRI, the same for every page of it
 * @param updated when the newest change it tells was made
 * @param links the feed's own links: {@code self}, and RFC 5005's {@code first} and {@code next}
 * @param categories the scheme of the categories that tell what each change is
 */
record AtomChanges(String id, String title, String subtitle, Instant updated, String author, List<WebLink> links,
        String categories, List<DescribedChange> entries) {

    static final String MEDIA_TYPE = "application/atom+xml";
    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    byte[] write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.setDefaultNamespace(ATOM);
            xml.writeStartElement(ATOM, "feed");
            xml.writeDefaultNamespace(ATOM);
            text(xml, "id", id);
            text(xml, "title", title);
            text(xml, "subtitle", subtitle);
            text(xml, "updated", date(updated));
            author(xml, author);
            for (WebLink link : links) {
                link(xml, link);
            }
            for (DescribedChange entry : entries) {
                entry(xml, entry);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the change feed could not be written as Atom", e);
        }
        return bytes.toByteArray();
    }

    private void entry(XMLStreamWriter xml, DescribedChange entry) throws XMLStreamException {
        ChangeLinksJson links = entry.links();
        xml.writeStartElement(ATOM, "entry");
        text(xml, "id", entry.id());
        text(xml, "title", entry.headline());
        text(xml, "updated", date(entry.change().at()));
        author(xml, entry.change().actor());
        category(xml, categories + "#kind", entry.change().kind().code());
        if (entry.change().decision() != null) {
            category(xml, categories + "#decision", entry.change().decision().code());
        }
        link(xml, WebLink.typed(switch (entry.change().kind()) {
            case DOCUMENT_ARCHIVED, VERSION_ARCHIVED -> links.permalink();
            case PROVENANCE_DECIDED -> links.document();
        }, "alternate", "text/html"));
        link(xml, WebLink.typed(links.api(), "alternate", "application/json"));
        link(xml, WebLink.typed(links.text(), "related", "text/plain"));
        if (links.source() != null) {
            // RFC 4287 §4.2.7.2: "via" names the source of the information in the entry, as a source does a rewrite.
            link(xml, WebLink.typed(links.source(), "via", "text/html"));
        }
        text(xml, "summary", entry.summary());
        xml.writeEndElement();
    }

    /**
     * RFC 3339, to the millisecond: the format allows any fraction of a second, but feed readers (ROME among them)
     * read more than three digits as a count of milliseconds, minutes off.
     */
    private static String date(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
        xml.writeStartElement(ATOM, element);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }

    private static void author(XMLStreamWriter xml, String name) throws XMLStreamException {
        xml.writeStartElement(ATOM, "author");
        text(xml, "name", name);
        xml.writeEndElement();
    }

    private static void category(XMLStreamWriter xml, String scheme, String term) throws XMLStreamException {
        xml.writeEmptyElement(ATOM, "category");
        xml.writeAttribute("scheme", scheme);
        xml.writeAttribute("term", term);
    }

    private static void link(XMLStreamWriter xml, WebLink link) throws XMLStreamException {
        // An Atom link has one relation: a link of several is written once for each.
        for (String relation : link.relations()) {
            xml.writeEmptyElement(ATOM, "link");
            xml.writeAttribute("rel", relation);
            if (link.attribute("type") != null) {
                xml.writeAttribute("type", link.attribute("type"));
            }
            xml.writeAttribute("href", link.target());
        }
    }
}
