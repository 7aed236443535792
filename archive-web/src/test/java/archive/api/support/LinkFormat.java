package archive.api.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An independent reader of RFC 6690 link-format, which is also the syntax of the RFC 8288 Link header and of the
 * RFC 9264 application/linkset form: {@code <target>; name="value"; name=token, <target> …}, white space (line
 * breaks too) allowed between the parts.
 */
public final class LinkFormat {

    /** One link: its target and its parameters, rel among them. */
    public record Link(String target, Map<String, String> parameters) {

        public List<String> relations() {
            return List.of(parameters.getOrDefault("rel", "").trim().split("\\s+"));
        }

        public boolean has(String relation) {
            return relations().contains(relation);
        }

        public String get(String parameter) {
            return parameters.get(parameter);
        }
    }

    private final String text;
    private int position;

    private LinkFormat(String text) {
        this.text = text;
    }

    public static List<Link> parse(String text) {
        return new LinkFormat(text).links();
    }

    /** The links of this relation type, in order. */
    public static List<Link> withRelation(List<Link> links, String relation) {
        return links.stream().filter(link -> link.has(relation)).toList();
    }

    public static Optional<Link> first(List<Link> links, String relation) {
        return withRelation(links, relation).stream().findFirst();
    }

    private List<Link> links() {
        List<Link> links = new ArrayList<>();
        skipSpace();
        while (position < text.length()) {
            links.add(link());
            skipSpace();
            if (position < text.length()) {
                expect(',');
                skipSpace();
            }
        }
        return links;
    }

    private Link link() {
        expect('<');
        int end = text.indexOf('>', position);
        if (end < 0) {
            throw new IllegalArgumentException("unterminated target at " + position + ": " + text);
        }
        String target = text.substring(position, end);
        position = end + 1;
        Map<String, String> parameters = new LinkedHashMap<>();
        skipSpace();
        while (position < text.length() && text.charAt(position) == ';') {
            position++;
            skipSpace();
            int start = position;
            while (position < text.length() && "=;,".indexOf(text.charAt(position)) < 0
                    && !Character.isWhitespace(text.charAt(position))) {
                position++;
            }
            String name = text.substring(start, position).toLowerCase();
            skipSpace();
            String value = "";
            if (position < text.length() && text.charAt(position) == '=') {
                position++;
                skipSpace();
                value = text.charAt(position) == '"' ? quoted() : token();
            }
            if (parameters.putIfAbsent(name, value) != null && !name.equals("rel")) {
                throw new IllegalArgumentException("parameter " + name + " twice in a link: " + text);
            }
            skipSpace();
        }
        return new Link(target, parameters);
    }

    private String quoted() {
        StringBuilder value = new StringBuilder();
        position++;
        while (text.charAt(position) != '"') {
            if (text.charAt(position) == '\\') {
                position++;
            }
            value.append(text.charAt(position++));
        }
        position++;
        return value.toString();
    }

    private String token() {
        int start = position;
        while (position < text.length() && ";,".indexOf(text.charAt(position)) < 0
                && !Character.isWhitespace(text.charAt(position))) {
            position++;
        }
        return text.substring(start, position);
    }

    private void expect(char expected) {
        if (position >= text.length() || text.charAt(position) != expected) {
            throw new IllegalArgumentException("expected '" + expected + "' at " + position + ": " + text);
        }
        position++;
    }

    private void skipSpace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
