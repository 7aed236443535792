package archive.api.memento;

import archive.api.content.HttpDates;
import archive.api.links.WebLink;
import archive.core.catalog.DocumentVersion;
import archive.core.memento.Mementos;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The addresses and links of Memento (RFC 7089): a document's current text is the original resource (URI-R), each
 * version's text a memento (URI-M), and each document has a TimeGate and a TimeMap; an original address has them too.
 */
public final class MementoLinks {

    public static final String LINK_FORMAT = "application/link-format";
    public static final String MEMENTO_DATETIME = "Memento-Datetime";

    private MementoLinks() {
    }

    public static String original(URI base, String documentId) {
        return base.resolve("api/v1/documents/" + documentId + "/text").toString();
    }

    public static String memento(URI base, DocumentVersion version) {
        return base.resolve("api/v1/documents/" + version.documentId + "/versions/" + version.number + "/text")
                .toString();
    }

    static String timegate(URI base, String documentId) {
        return base.resolve("api/v1/documents/" + documentId + "/timegate").toString();
    }

    static String timemap(URI base, String documentId) {
        return base.resolve("api/v1/documents/" + documentId + "/timemap").toString();
    }

    /** What the original resource (the current text) says of itself: where its TimeGate and TimeMap are. */
    public static List<WebLink> ofOriginal(URI base, String documentId) {
        return List.of(WebLink.of(original(base, documentId), "original"),
                WebLink.of(timegate(base, documentId), "timegate"),
                WebLink.typed(timemap(base, documentId), "timemap", LINK_FORMAT));
    }

    /** What a memento says of itself (RFC 7089 §4.1): its original, TimeGate, TimeMap and neighbouring mementos. */
    public static List<WebLink> ofMemento(URI base, DocumentVersion version, Mementos mementos) {
        List<WebLink> links = new ArrayList<>(ofOriginal(base, version.documentId));
        Map<DocumentVersion, List<String>> neighbours = new LinkedHashMap<>();
        neighbours.computeIfAbsent(mementos.first(), key -> new ArrayList<>()).add("first");
        mementos.previous(version).ifPresent(previous ->
                neighbours.computeIfAbsent(previous, key -> new ArrayList<>()).add("prev"));
        mementos.next(version).ifPresent(next ->
                neighbours.computeIfAbsent(next, key -> new ArrayList<>()).add("next"));
        neighbours.computeIfAbsent(mementos.last(), key -> new ArrayList<>()).add("last");
        neighbours.forEach((neighbour, relations) -> links.add(mementoLink(base, neighbour, relations)));
        return links;
    }

    /** A link to a memento with its datetime, its relation types ending in "memento" as RFC 7089 combines them. */
    static WebLink mementoLink(URI base, DocumentVersion version, List<String> relations) {
        List<String> types = new ArrayList<>(relations);
        types.add("memento");
        return new WebLink(memento(base, version), types, Map.of("datetime", HttpDates.format(version.createdAt)));
    }

    /** The relation types a memento of {@code mementos.all()} has within its TimeMap: first, last, both or neither. */
    static List<String> position(DocumentVersion version, Mementos mementos) {
        List<String> position = new ArrayList<>();
        if (version == mementos.first()) {
            position.add("first");
        }
        if (version == mementos.last()) {
            position.add("last");
        }
        return position;
    }
}
