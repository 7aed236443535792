package archive.api.provenance;

import archive.api.openapi.OpenApiNames;
import archive.core.provenance.ProvenanceService;
import archive.core.provenance.TextMatch;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** "Where does this text come from?" for a text that is not archived; nothing is stored. */
@Path("/api/v1/provenance/match")
@Tag(name = OpenApiNames.PROVENANCE)
public class ProvenanceMatchResource {

    /**
     * Every archived text that shares meaningful text with the one sent, best first ({@code candidates}, as for an
     * archived document), and when there is none, why ({@code reason}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Matches(List<CandidateJson> candidates, String reason) {
    }

    private final ProvenanceService provenance;
    private final LinkJsonMapper mapper;

    public ProvenanceMatchResource(ProvenanceService provenance, LinkJsonMapper mapper) {
        this.provenance = provenance;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Where does this text come from? (nothing is stored)")
    @APIResponse(responseCode = "200", description = "Every archived document that shares text with it, best "
            + "first, with the evidence, its share of the text and whether it would be accepted; when there is none, "
            + "`reason` says why.", content = @Content(schema = @Schema(implementation = Matches.class)))
    @APIResponse(responseCode = "400", description = "The text is empty or blank.")
    @APIResponse(responseCode = "413", description = "The text is larger than ARCHIVE_MAX_UPLOAD_BYTES.")
    @APIResponse(responseCode = "415", description = "The text is not UTF-8 or is binary, or the Content-Type is "
            + "not `text/plain`.")
    public Matches match(@RequestBody(required = true, description = "A text, UTF-8.", content = @Content(
            mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))) byte[] text) {
        TextMatch match = provenance.match(text);
        return new Matches(match.sources().stream().map(mapper::unarchived).toList(), match.emptyReason());
    }
}
