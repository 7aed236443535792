package archive.api.content;

import archive.api.content.TextRepresentation.Mutability;
import archive.api.openapi.OpenApiNames;
import archive.core.retrieval.TextRetrieval;
import archive.core.storage.Sha256;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Content-addressed retrieval: any archived bytes by their SHA-256. */
@Path("/api/v1/content/sha256/{hex}")
@Tag(name = OpenApiNames.CONTENT)
public class ContentResource {

    private final TextRetrieval texts;

    public ContentResource(TextRetrieval texts) {
        this.texts = texts;
    }

    @GET
    @Produces(TextRepresentation.MEDIA_TYPE)
    @Operation(summary = "Any archived bytes by their SHA-256 (immutable)")
    @ServesArchivedText
    @Parameter(ref = OpenApiNames.RANGE)
    @Parameter(ref = OpenApiNames.IF_RANGE)
    @Parameter(ref = OpenApiNames.IF_NONE_MATCH)
    @Parameter(ref = OpenApiNames.IF_MODIFIED_SINCE)
    @APIResponse(responseCode = "404", description = "No archived version has these bytes (or the digest is not 64 "
            + "hex characters).")
    public Response bySha256(@PathParam("hex") @Parameter(description = "The SHA-256 of the bytes, 64 hex "
            + "characters (the `sha256` of any version).",
            example = "ae3ccef04436acd60adcf9e2bdeda3e44e398705350881774eb4a0ebb20700a7",
            schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9a-fA-F]{64}$")) String hex,
            HttpHeaders headers) {
        return TextRepresentation.respond(texts.bySha256(new Sha256(hex.toLowerCase(Locale.ROOT))), headers,
                Mutability.IMMUTABLE);
    }
}
