package archive.web.provenance;

import archive.core.account.Roles;
import archive.core.catalog.DocumentId;
import archive.core.provenance.LinkStatus;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.ProvenanceService;
import archive.core.vocabulary.Codes;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Librarians' review of provenance: the queue of links detection proposed (best first), and the decision form the
 * queue and the document pages post to.
 */
@Path("/librarian")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Roles.LIBRARIAN)
public class ReviewPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance review(List<LinkRow> proposed);
    }

    private final ProvenanceService provenance;
    private final ProvenancePanel panel;
    private final SecurityIdentity identity;

    public ReviewPage(ProvenanceService provenance, ProvenancePanel panel, SecurityIdentity identity) {
        this.provenance = provenance;
        this.panel = panel;
        this.identity = identity;
    }

    @GET
    @Path("/review")
    @Transactional
    public TemplateInstance review() {
        List<ProvenanceLink> proposed = ProvenanceLink.list("status = ?1 order by score desc, derivedId, sourceId",
                LinkStatus.PROPOSED);
        return Templates.review(panel.rows(proposed));
    }

    /**
     * @param decision the code of {@link LinkStatus#CONFIRMED} or {@link LinkStatus#REJECTED}
     * @param returnTo the page to go back to: the review queue unless the document page sent the form
     */
    @POST
    @Path("/provenance")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@RestForm("derivedId") String derivedId, @RestForm("sourceId") String sourceId,
            @RestForm("decision") String decision, @RestForm("returnTo") String returnTo) {
        LinkStatus status = Codes.find(LinkStatus.class, decision).orElse(LinkStatus.PROPOSED);
        provenance.decide(new DocumentId(derivedId), new DocumentId(sourceId), status,
                identity.getPrincipal().getName());
        return Response.seeOther(URI.create(localPath(returnTo))).build();
    }

    /** Only a path on this site, so the form cannot send a librarian elsewhere. */
    private static String localPath(String returnTo) {
        boolean local = returnTo != null && returnTo.startsWith("/") && !returnTo.startsWith("//")
                && !returnTo.contains("\\");
        return local ? returnTo : "/librarian/review";
    }
}
