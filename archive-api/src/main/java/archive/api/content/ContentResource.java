package archive.api.content;

import archive.api.content.TextRepresentation.Mutability;
import archive.core.retrieval.TextRetrieval;
import archive.core.storage.Sha256;
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
        return TextRepresentation.respond(texts.bySha256(new Sha256(hex.toLowerCase(Locale.ROOT))), headers,
                Mutability.IMMUTABLE);
    }
}
