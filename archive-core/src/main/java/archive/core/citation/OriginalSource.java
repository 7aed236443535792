package archive.core.citation;

import java.net.URI;
import java.util.Objects;

/**
 * The confirmed original (a defense.gov page) that a rewritten article was derived from.
 *
 * @param title     the original's title
 * @param issued    the original's publication date, or null when unknown
 * @param publisher who published the original, e.g. "U.S. Department of Defense", or null when unknown
 * @param url       where the original was published, or null when unknown
 */
public record OriginalSource(String title, PartialDate issued, String publisher, URI url) {

    public OriginalSource {
        Objects.requireNonNull(title, "title");
        WebAddresses.requireHttpOrNull(url, "url");
    }
}
