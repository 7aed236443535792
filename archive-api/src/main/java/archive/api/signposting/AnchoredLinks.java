package archive.api.signposting;

import archive.api.links.WebLink;
import java.util.List;

/** The links of one context in a linkset (RFC 9264 §4): its anchor and the links from it. */
public record AnchoredLinks(String anchor, List<WebLink> links) {

    public AnchoredLinks {
        links = List.copyOf(links);
    }
}
