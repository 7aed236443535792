package archive.core.citation;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The locale a style is written for: its {@code default-locale} attribute (a dependent style's own, else its
 * independent parent's), else en-US, as the CSL specification says a processor renders when no locale is asked for.
 * Read once per style: the answer is a property of the styles jar.
 */
final class StyleDefaultLocale {

    static final String FALLBACK = "en-US";
    private static final String INDEPENDENT_PARENT = "independent-parent";

    private final XMLInputFactory xml = XMLInputFactory.newFactory();
    private final Map<String, String> byResource = new ConcurrentHashMap<>();

    StyleDefaultLocale() {
        // Style files come from the styles jar, but no file should be able to make the parser fetch anything.
        xml.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        xml.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    /** @param styleResource a name as {@link StyleLocator#resourceName} gives it */
    String of(String styleResource) {
        return byResource.computeIfAbsent(styleResource, this::read);
    }

    private String read(String styleResource) {
        StyleHead head = head(styleResource);
        if (head.defaultLocale() != null) {
            return head.defaultLocale();
        }
        if (head.parentId() != null && StyleLocator.class.getResource("/" + head.parentId() + ".csl") != null) {
            return of(head.parentId());
        }
        return FALLBACK;
    }

    /** The root's default-locale and the info's independent-parent link, read without parsing the whole style. */
    private StyleHead head(String styleResource) {
        try (InputStream in = StyleLocator.class.getResourceAsStream("/" + styleResource + ".csl")) {
            if (in == null) {
                throw new UnknownStyleException(styleResource);
            }
            XMLStreamReader reader = xml.createXMLStreamReader(in);
            String defaultLocale = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("style")) {
                    defaultLocale = emptyToNull(reader.getAttributeValue(null, "default-locale"));
                } else if (event == XMLStreamConstants.START_ELEMENT && reader.getLocalName().equals("link")
                        && INDEPENDENT_PARENT.equals(reader.getAttributeValue(null, "rel"))) {
                    String href = reader.getAttributeValue(null, "href");
                    return new StyleHead(defaultLocale, href == null ? null : href.substring(href.lastIndexOf('/') + 1));
                } else if (event == XMLStreamConstants.END_ELEMENT && reader.getLocalName().equals("info")) {
                    break;
                }
            }
            return new StyleHead(defaultLocale, null);
        } catch (IOException | XMLStreamException e) {
            throw new CitationException("Cannot read CSL style " + styleResource, e);
        }
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private record StyleHead(String defaultLocale, String parentId) {
    }
}
