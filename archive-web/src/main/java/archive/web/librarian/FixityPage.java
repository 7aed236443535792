package archive.web.librarian;

import archive.core.account.Roles;
import archive.core.catalog.Catalog;
import archive.core.fixity.FixityAudit;
import archive.core.fixity.FixityReport;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Run the fixity audit (every stored version re-read and checked) and read its results. */
@Path("/librarian/fixity")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.LIBRARIAN)
public class FixityPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance fixity(long documents, FixityReport report);
    }

    private final FixityAudit audit;
    private final Catalog catalog;
    private final SecurityIdentity identity;

    public FixityPage(FixityAudit audit, Catalog catalog, SecurityIdentity identity) {
        this.audit = audit;
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    public TemplateInstance form() {
        return Templates.fixity(catalog.documentCount(), null);
    }

    @POST
    public TemplateInstance run() {
        FixityReport report = audit.run(identity.getPrincipal().getName());
        return Templates.fixity(catalog.documentCount(), report);
    }
}
