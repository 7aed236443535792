package archive.web.provenance;

import archive.core.ingest.ContentRejectedException;
import archive.core.ingest.ContentValidator;
import archive.core.provenance.ProvenanceService;
import archive.core.provenance.TextMatch;
import archive.web.layout.DisplayFormats;
import archive.web.layout.PastedText;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import org.jboss.resteasy.reactive.RestForm;

/**
 * "Where does this text come from?": a reader pastes a text that is not archived and sees the archived documents it
 * likely comes from, best first, with the share of the text each explains and both texts aligned. Nothing is stored.
 */
@Path("/provenance/match")
@Produces(MediaType.TEXT_HTML)
public class MatchPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance match(MatchView view);
    }

    private final ProvenanceService provenance;
    private final MatchRows rows;
    private final long maxBytes;

    public MatchPage(ProvenanceService provenance, MatchRows rows, ContentValidator validator) {
        this.provenance = provenance;
        this.rows = rows;
        this.maxBytes = validator.maxBytes();
    }

    @GET
    public TemplateInstance form() {
        return Templates.match(MatchView.form(maxBytes));
    }

    /** Not one transaction: a refused text must not leave it marked for rollback (the rows read in their own). */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response match(@RestForm("text") String text) {
        String pasted = PastedText.of(text);
        try {
            TextMatch match = provenance.match(pasted.getBytes(StandardCharsets.UTF_8));
            return Response.ok(Templates.match(MatchView.results(pasted, rows.of(pasted, match), match.emptyReason(),
                    maxBytes))).build();
        } catch (ContentRejectedException e) {
            return Response.status(e.type().status())
                    .entity(Templates.match(MatchView.refused(pasted, refusal(e), maxBytes))).build();
        }
    }

    /** The validator speaks of uploads; a reader pasted a text. */
    private String refusal(ContentRejectedException e) {
        return switch (e.reason()) {
            case EMPTY -> "There is nothing to look up: paste the text whose sources you want to find.";
            case TOO_LARGE -> "This text is larger than " + DisplayFormats.bytes(maxBytes) + ", the most the archive "
                    + "looks up at once. Paste the part whose sources you want to find.";
            case NOT_UTF8, BINARY -> "This does not look like text: it holds control characters or bytes that no "
                    + "text has. Paste the words of the article rather than a file's raw contents. (" + e.getMessage()
                    + ")";
        };
    }
}
