package archive.api.links;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One typed link from a context to a target (RFC 8288): its relation types (several, as Memento combines them:
 * {@code rel="first memento"}) and target attributes such as {@code type} and {@code datetime}, in order.
 */
public record WebLink(String target, List<String> relations, Map<String, String> attributes) {

    public WebLink {
        if (relations.isEmpty()) {
            throw new IllegalArgumentException("a link has at least one relation type");
        }
        relations = List.copyOf(relations);
        attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    public static WebLink of(String target, String relation) {
        return new WebLink(target, List.of(relation), Map.of());
    }

    public static WebLink typed(String target, String relation, String mediaType) {
        return new WebLink(target, List.of(relation), Map.of("type", mediaType));
    }

    public WebLink with(String attribute, String value) {
        Map<String, String> more = new LinkedHashMap<>(attributes);
        more.put(attribute, value);
        return new WebLink(target, relations, more);
    }

    /** {@code <target>; rel="a b"; name="value"}: one link-value of a Link header (RFC 8288 §3). */
    public String linkValue() {
        StringBuilder value = new StringBuilder("<").append(target).append(">; rel=\"")
                .append(String.join(" ", relations)).append('"');
        attributes.forEach((name, attribute) -> value.append("; ").append(name).append("=\"")
                .append(attribute.replace("\\", "\\\\").replace("\"", "\\\"")).append('"'));
        return value.toString();
    }

    public String attribute(String name) {
        return attributes.get(name);
    }

    /** The Link header field value of these links. */
    public static String header(List<WebLink> links) {
        return String.join(", ", links.stream().map(WebLink::linkValue).toList());
    }

    /**
     * RFC 6690 link-format, and equally the RFC 9264 {@code application/linkset} form: the links separated by
     * commas, one per line, as RFC 7089 §5.1 prints a TimeMap.
     */
    public static String document(List<WebLink> links) {
        return String.join(",\n", links.stream().map(WebLink::linkValue).toList()) + "\n";
    }
}
