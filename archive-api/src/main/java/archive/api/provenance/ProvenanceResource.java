package archive.api.provenance;

import archive.api.problem.RequestProblemException;
import archive.core.account.Roles;
import archive.core.catalog.DocumentId;
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

/**
 * Where archived texts come from: candidate sources with evidence, librarians' decisions, derivatives. Shares its
 * root path with the document resource so the router finds both.
 */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class ProvenanceResource {

    /** The candidates of one text, best first. */
    public record Candidates(List<CandidateJson> candidates) {
    }

    public record Derivatives(List<DerivativeJson> derivatives) {
    }

    /** A librarian's decision on one link. */
    public record Decision(String status) {
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
    @Path("{id}/provenance")
    public Candidates candidates(@PathParam("id") String id) {
        return new Candidates(provenance.candidates(new DocumentId(id)).stream().map(mapper::candidate).toList());
    }

    @POST
    @Path("{id}/provenance/{sourceId}")
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    public CandidateJson decide(@PathParam("id") String id, @PathParam("sourceId") String sourceId,
            Decision decision) {
        String requested = decision == null ? null : decision.status();
        LinkStatus status = Codes.find(LinkStatus.class, requested).filter(LinkStatus::decided)
                .orElseThrow(() -> RequestProblemException.badRequest("invalid-status",
                        "Send {\"status\": \"confirmed\"} or {\"status\": \"rejected\"}, not " + requested + "."));
        return mapper.candidate(provenance.decide(new DocumentId(id), new DocumentId(sourceId), status, identity.getPrincipal().getName()));
    }

    @GET
    @Path("{id}/derivatives")
    public Derivatives derivatives(@PathParam("id") String id) {
        return new Derivatives(provenance.derivatives(new DocumentId(id)).stream().map(DerivativeJson::of).toList());
    }
}
