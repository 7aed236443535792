package archive.api.links;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * Proactive negotiation between representations of one resource: the first offered type that the client's most
 * preferred acceptable type allows, so a client that accepts anything gets the first (the default).
 */
public final class MediaTypeChoice {

    private MediaTypeChoice() {
    }

    public static MediaType choose(HttpHeaders headers, List<MediaType> offered) {
        for (MediaType acceptable : headers.getAcceptableMediaTypes()) {
            for (MediaType candidate : offered) {
                if (acceptable.isCompatible(candidate)) {
                    return candidate;
                }
            }
        }
        throw new NotAcceptableException();
    }
}
