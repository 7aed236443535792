package archive.api.oai;

import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/** One OAI-PMH response, valid against the schemas (checked when it is made), read with XPath. */
final class OaiResponse {

    /** The prefixes the tests' XPath expressions use. */
    private static final Map<String, String> NAMESPACES = Map.of(
            "oai", "http://www.openarchives.org/OAI/2.0/",
            "oai_dc", "http://www.openarchives.org/OAI/2.0/oai_dc/",
            "dc", "http://purl.org/dc/elements/1.1/",
            "mods", "http://www.loc.gov/mods/v3",
            "id", "http://www.openarchives.org/OAI/2.0/oai-identifier");

    private final String xml;
    private final Document document;
    private final XPath xpath;

    OaiResponse(String xml) {
        OaiSchemas.validate(xml);
        this.xml = xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            document = factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalStateException(e);
        }
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new Prefixes());
    }

    String xml() {
        return xml;
    }

    /** The text of the first node the expression selects, "" if none. */
    String text(String expression) {
        try {
            return xpath.evaluate(expression, document);
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    /** The texts of every node the expression selects, in document order. */
    List<String> texts(String expression) {
        try {
            NodeList nodes = (NodeList) xpath.evaluate(expression, document, XPathConstants.NODESET);
            List<String> texts = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent());
            }
            return texts;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(expression, e);
        }
    }

    Instant responseDate() {
        return Instant.parse(text("/oai:OAI-PMH/oai:responseDate"));
    }

    /** The error codes, in order; empty for a response without errors. */
    List<String> errors() {
        return texts("/oai:OAI-PMH/oai:error/@code");
    }

    /** The arguments the request element repeats, by name. */
    Map<String, String> requestArguments() {
        Map<String, String> arguments = new TreeMap<>();
        NamedNodeMap attributes = document.getDocumentElement().getElementsByTagNameNS(NAMESPACES.get("oai"),
                "request").item(0).getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            arguments.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
        }
        return arguments;
    }

    private static final class Prefixes implements NamespaceContext {

        @Override
        public String getNamespaceURI(String prefix) {
            return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
        }

        @Override
        public String getPrefix(String namespaceUri) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<String> getPrefixes(String namespaceUri) {
            throw new UnsupportedOperationException();
        }
    }
}
