package archive.api.provenance;

import archive.core.provenance.ProvenanceService;
import archive.core.provenance.TextMatch;
import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** "Where does this text come from?" for a text that is not archived; nothing is stored. */
@Path("/api/v1/provenance/match")
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
    public Matches match(byte[] text) {
        TextMatch match = provenance.match(text);
        return new Matches(match.sources().stream().map(mapper::unarchived).toList(), match.emptyReason());
    }
}
