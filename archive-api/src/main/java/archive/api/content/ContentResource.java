package archive.api.content;

import archive.api.content.TextRepresentation.Mutability;
import archive.core.retrieval.ContentNotFoundException;
import archive.core.retrieval.TextRetrieval;
import archive.core.storage.ContentDigest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;

/** Content-addressed retrieval: any archived bytes by their SHA-256. */
@Path("/api/v1/content/sha256/{hex}")
public class ContentResource {

    private final TextRetrieval texts;

    public ContentResource(TextRetrieval texts) {
        this.texts = texts;
    }

    @GET
    @Produces(TextRepresentation.MEDIA_TYPE)
    public Response bySha256(@PathParam("hex") String hex, HttpHeaders headers) {
        String sha256 = hex.toLowerCase(Locale.ROOT);
        if (!ContentDigest.isSha256Hex(sha256)) {
            throw new ContentNotFoundException(hex + " (a SHA-256 is 64 hex characters)");
        }
        return TextRepresentation.respond(texts.bySha256(sha256), headers, Mutability.IMMUTABLE);
    }
}
