package archive.api.provenance;

import archive.api.provenance.ProvenanceResource.Candidates;
import archive.core.provenance.ProvenanceService;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** "Where does this text come from?" for a text that is not archived; nothing is stored. */
@Path("/api/v1/provenance/match")
public class ProvenanceMatchResource {

    private final ProvenanceService provenance;
    private final LinkJsonMapper mapper;

    public ProvenanceMatchResource(ProvenanceService provenance, LinkJsonMapper mapper) {
        this.provenance = provenance;
        this.mapper = mapper;
    }

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Candidates match(byte[] text) {
        return new Candidates(provenance.match(text).stream().map(mapper::unarchived).toList());
    }
}
