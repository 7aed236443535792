package archive.api.oai;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;
import org.xml.sax.SAXException;

/**
 * The official schemas of OAI-PMH 2.0 responses and of the metadata in them (oai_dc, MODS 3.8, oai-identifier), kept
 * in src/test/resources/oai/schemas (its README says where each comes from), with their imports resolved there:
 * validation never reaches the network.
 */
final class OaiSchemas {

    private static final String FOLDER = "/oai/schemas/";
    /** What the schemas import, by namespace: their schemaLocations point at the web. */
    private static final Map<String, String> IMPORTS = Map.of(
            "http://www.w3.org/XML/1998/namespace", "xml.xsd",
            "http://www.w3.org/1999/xlink", "xlink.xsd",
            "http://purl.org/dc/elements/1.1/", "simpledc20021212.xsd");
    private static final String DTD = "http://www.w3.org/TR/REC-xml";

    private static final Schema SCHEMA = load();

    private OaiSchemas() {
    }

    /** Throws with the validator's message unless the document is valid against every schema. */
    static void validate(String xml) {
        Validator validator = SCHEMA.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.validate(new StreamSource(new StringReader(xml)));
        } catch (SAXException e) {
            throw new AssertionError("not valid OAI-PMH: " + e.getMessage() + "\n" + xml, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver(new LocalImports());
        try {
            return factory.newSchema(new Source[] {source("OAI-PMH.xsd"), source("oai_dc.xsd"),
                source("mods-3-8.xsd"), source("oai-identifier.xsd")});
        } catch (SAXException e) {
            throw new IllegalStateException("the OAI-PMH schemas do not load", e);
        }
    }

    private static Source source(String file) {
        URL url = url(file);
        return new StreamSource(url.toExternalForm());
    }

    private static URL url(String file) {
        URL url = OaiSchemas.class.getResource(FOLDER + file);
        if (url == null) {
            throw new IllegalStateException("missing schema " + FOLDER + file);
        }
        return url;
    }

    /** Imports by namespace from the folder; xml.xsd's DOCTYPE names a DTD that validation does not need. */
    private static final class LocalImports implements LSResourceResolver {

        private final DOMImplementationLS inputs;

        LocalImports() {
            try {
                inputs = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .getDOMImplementation();
            } catch (ParserConfigurationException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public LSInput resolveResource(String type, String namespaceUri, String publicId, String systemId,
                String baseUri) {
            LSInput input = inputs.createLSInput();
            input.setPublicId(publicId);
            if (DTD.equals(type)) {
                input.setSystemId(systemId);
                input.setByteStream(new ByteArrayInputStream(new byte[0]));
                return input;
            }
            String file = IMPORTS.get(namespaceUri);
            if (file == null) {
                throw new IllegalStateException("no local copy of the schema of " + namespaceUri + " (" + systemId
                        + ")");
            }
            try {
                input.setSystemId(url(file).toExternalForm());
                input.setByteStream(url(file).openStream());
                return input;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
