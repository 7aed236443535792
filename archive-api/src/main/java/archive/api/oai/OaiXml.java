package archive.api.oai;

import java.io.StringWriter;
import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes one OAI-PMH response (§3.2) with the JDK's StAX writer, which escapes markup; every text and attribute
 * passes through {@link XmlText} first, since the writer would emit characters XML forbids. Each namespace is
 * declared where it is first used, its prefix the one {@link Namespace} gives.
 */
final class OaiXml {

    record Namespace(String prefix, String uri, String schemaLocation) {
    }

    static final Namespace OAI = new Namespace("", "http://www.openarchives.org/OAI/2.0/",
            "http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd");
    static final Namespace XSI = new Namespace("xsi", "http://www.w3.org/2001/XMLSchema-instance", null);
    static final Namespace OAI_DC = new Namespace("oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "http://www.openarchives.org/OAI/2.0/oai_dc.xsd");
    static final Namespace DC = new Namespace("dc", "http://purl.org/dc/elements/1.1/", null);
    static final Namespace MODS = new Namespace("", "http://www.loc.gov/mods/v3",
            "http://www.loc.gov/standards/mods/v3/mods-3-8.xsd");
    static final Namespace OAI_IDENTIFIER = new Namespace("", "http://www.openarchives.org/OAI/2.0/oai-identifier",
            "http://www.openarchives.org/OAI/2.0/oai-identifier.xsd");

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    private final StringWriter out = new StringWriter();
    private final XMLStreamWriter xml;

    private OaiXml() {
        try {
            xml = FACTORY.createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A response up to its verb's element: responseDate, and the request element with the base URL and the request's
     * arguments (none after badVerb or badArgument).
     */
    static OaiXml response(Instant responseDate, String baseUrl, Map<String, String> arguments) {
        OaiXml response = new OaiXml();
        response.write(() -> response.xml.writeStartDocument("UTF-8", "1.0"));
        response.root(OAI, "OAI-PMH");
        response.leaf(OAI, "responseDate", UtcDatetime.format(responseDate));
        response.start(OAI, "request");
        arguments.forEach(response::attribute);
        response.text(baseUrl);
        response.end();
        return response;
    }

    /** An element that declares its namespace (default or prefixed) and, for a schema's root, where its schema is. */
    OaiXml root(Namespace namespace, String name) {
        start(namespace, name);
        write(() -> {
            if (namespace.prefix().isEmpty()) {
                xml.writeDefaultNamespace(namespace.uri());
            } else {
                xml.writeNamespace(namespace.prefix(), namespace.uri());
            }
            if (namespace.schemaLocation() != null) {
                xml.writeNamespace(XSI.prefix(), XSI.uri());
                xml.writeAttribute(XSI.prefix(), XSI.uri(), "schemaLocation",
                        namespace.uri() + " " + namespace.schemaLocation());
            }
        });
        return this;
    }

    /** Declares another namespace on the element just started. */
    OaiXml declare(Namespace namespace) {
        write(() -> xml.writeNamespace(namespace.prefix(), namespace.uri()));
        return this;
    }

    OaiXml start(Namespace namespace, String name) {
        write(() -> xml.writeStartElement(namespace.prefix(), name, namespace.uri()));
        return this;
    }

    OaiXml attribute(String name, String value) {
        write(() -> xml.writeAttribute(name, XmlText.legal(value)));
        return this;
    }

    OaiXml text(String text) {
        write(() -> xml.writeCharacters(XmlText.legal(text)));
        return this;
    }

    OaiXml end() {
        write(xml::writeEndElement);
        return this;
    }

    /** An element holding only text. */
    OaiXml leaf(Namespace namespace, String name, String text) {
        return start(namespace, name).text(text).end();
    }

    /** The whole response: every element still open is closed. */
    String finish() {
        write(() -> {
            xml.writeEndDocument();
            xml.close();
        });
        return out.toString();
    }

    private void write(XmlStep step) {
        try {
            step.run();
        } catch (XMLStreamException e) {
            // Writing to a string fails only if the writer is misused: the archive's own fault.
            throw new IllegalStateException(e);
        }
    }

    @FunctionalInterface
    private interface XmlStep {
        void run() throws XMLStreamException;
    }
}
