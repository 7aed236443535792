package archive.api.memento;

import archive.api.links.WebLink;
import archive.core.catalog.DocumentVersion;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/**
 * A TimeGate's answer (RFC 7089 §4.1, pattern 2.3): 302 to the chosen memento; {@link VaryByAcceptDatetime} adds the
 * Vary header to it as to every other answer of a TimeGate.
 */
final class TimeGateRedirect {

    private TimeGateRedirect() {
    }

    static Response to(URI base, DocumentVersion chosen, String original, String timemap) {
        return Response.status(Response.Status.FOUND)
                .location(URI.create(MementoLinks.memento(base, chosen)))
                .header("Link", WebLink.header(List.of(WebLink.of(original, "original"),
                        WebLink.typed(timemap, "timemap", MementoLinks.LINK_FORMAT))))
                .build();
    }
}
