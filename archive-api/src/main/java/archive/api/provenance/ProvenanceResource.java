package archive.api.provenance;

import archive.api.openapi.OpenApiNames;
import archive.api.problem.RequestProblemException;
import archive.core.account.Roles;
import archive.core.catalog.DocumentId;
import archive.core.problem.ProblemType;
import archive.core.provenance.LinkStatus;
import archive.core.provenance.ProvenanceService;
import archive.core.vocabulary.Codes;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where archived texts come from: candidate sources with evidence, librarians' decisions, derivatives. Shares its
 * root path with the document resource so the router finds both.
 */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.PROVENANCE)
public class ProvenanceResource {

    /** The candidates of one text, best first. */
    public record Candidates(List<CandidateJson> candidates) {
    }

    public record Derivatives(List<DerivativeJson> derivatives) {
    }

    /** A librarian's decision on one link. */
    @Schema(requiredProperties = "status")
    public record Decision(@Schema(enumeration = {"confirmed", "rejected"}) String status) {
    }

    private final ProvenanceService provenance;
    private final LinkJsonMapper mapper;
    private final SecurityIdentity identity;

    public ProvenanceResource(ProvenanceService provenance, LinkJsonMapper mapper, SecurityIdentity identity) {
        this.provenance = provenance;
        this.mapper = mapper;
        this.identity = identity;
    }

    @GET
    @Path("{documentId}/provenance")
    @Operation(summary = "Candidate sources of a document, best first, with aligned evidence")
    @APIResponse(responseCode = "200", description = "The candidates (an empty list when nothing qualifies).")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public Candidates candidates(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id) {
        return new Candidates(provenance.candidates(new DocumentId(id)).stream().map(mapper::candidate).toList());
    }

    @POST
    @Path("{documentId}/provenance/{sourceId}")
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm or reject a source (a link not proposed by detection is assessed and created)",
            description = "The decision is archived in the document's OCFL object (metadata.json), so it survives "
                    + "re-detection and a catalog rebuild; repeating the standing decision changes nothing.")
    @APIResponse(responseCode = "200", description = "The link as decided.")
    @APIResponse(responseCode = "400", description = "The status is neither `confirmed` nor `rejected`, the body is "
            + "not the JSON object shown, or the source is the document itself.")
    @APIResponse(responseCode = "404", description = "No document has this id, or none has the source's.")
    @APIResponse(responseCode = "409", description = "Another change to the document was archived at the same "
            + "moment; send the decision again.")
    public CandidateJson decide(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @PathParam("sourceId") @Parameter(description = "The candidate source's document id.",
                    example = "095111aef963144d", schema = @Schema(type = SchemaType.STRING,
                            pattern = "^[0-9a-f]{16}$")) String sourceId,
            @RequestBody(required = true, content = @Content(example = "{\"status\": \"confirmed\"}"))
            Decision decision) {
        String requested = decision == null ? null : decision.status();
        LinkStatus status = Codes.find(LinkStatus.class, requested).filter(LinkStatus::decided)
                .orElseThrow(() -> new RequestProblemException(ProblemType.INVALID_STATUS,
                        "Send {\"status\": \"confirmed\"} or {\"status\": \"rejected\"}, not " + requested + "."));
        return mapper.candidate(provenance.decide(new DocumentId(id), new DocumentId(sourceId), status, identity.getPrincipal().getName()));
    }

    @GET
    @Path("{documentId}/derivatives")
    @Operation(summary = "Documents derived from this one (links not rejected)")
    @APIResponse(responseCode = "200", description = "The derivatives, best first.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public Derivatives derivatives(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id) {
        return new Derivatives(provenance.derivatives(new DocumentId(id)).stream().map(DerivativeJson::of).toList());
    }
}
