package archive.api.audits;

import archive.core.account.Roles;
import archive.core.fixity.FixityAudit;
import archive.core.fixity.FixityReport;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Runs the fixity audit on demand. */
@Path("/api/v1/audits/fixity")
public class FixityAuditResource {

    private final FixityAudit audit;
    private final SecurityIdentity identity;

    public FixityAuditResource(FixityAudit audit, SecurityIdentity identity) {
        this.audit = audit;
        this.identity = identity;
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Produces(MediaType.APPLICATION_JSON)
    public FixityReport run() {
        return audit.run(identity.getPrincipal().getName());
    }
}
