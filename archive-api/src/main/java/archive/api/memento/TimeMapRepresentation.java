package archive.api.memento;

import archive.api.content.HttpDates;
import archive.api.links.MediaTypeChoice;
import archive.api.links.WebLink;
import archive.core.catalog.DocumentVersion;
import archive.core.memento.Mementos;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A TimeMap (RFC 7089 §5): the original, the TimeMap itself with the span it covers, the TimeGate, and every memento
 * with its datetime; as {@code application/link-format} (RFC 6690) by default, or as JSON.
 */
final class TimeMapRepresentation {

    private static final List<MediaType> OFFERED = List.of(MediaType.valueOf(MementoLinks.LINK_FORMAT),
            MediaType.APPLICATION_JSON_TYPE);

    private TimeMapRepresentation() {
    }

    static Response respond(HttpHeaders headers, URI base, String original, String self, String timegate,
            Mementos mementos) {
        MediaType chosen = MediaTypeChoice.choose(headers, OFFERED);
        Response.ResponseBuilder response = Response.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (chosen.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            List<TimeMapJson.MementoJson> list = mementos.all().stream()
                    .map(version -> new TimeMapJson.MementoJson(MementoLinks.memento(base, version),
                            version.createdAt, version.documentId, version.number))
                    .toList();
            return response.type(MediaType.APPLICATION_JSON_TYPE).entity(new TimeMapJson(original, self, timegate,
                    mementos.first().createdAt, mementos.last().createdAt, list)).build();
        }
        List<WebLink> links = new ArrayList<>();
        links.add(WebLink.of(original, "original"));
        links.add(WebLink.typed(self, "self", MementoLinks.LINK_FORMAT)
                .with("from", HttpDates.format(mementos.first().createdAt))
                .with("until", HttpDates.format(mementos.last().createdAt)));
        links.add(WebLink.of(timegate, "timegate"));
        for (DocumentVersion version : mementos.all()) {
            links.add(MementoLinks.mementoLink(base, version, MementoLinks.position(version, mementos)));
        }
        return response.type(MementoLinks.LINK_FORMAT + "; charset=utf-8").entity(WebLink.document(links)).build();
    }
}
