package archive.web.documents;

import archive.api.links.WebLink;
import archive.api.signposting.Signposts;
import archive.core.catalog.DocumentId;
import archive.core.diff.TextDiff;
import archive.core.retrieval.TextRetrieval;
import archive.web.documents.DocumentHistory.History;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/** Any earlier version of a document, and what changed between two versions. */
@Path("/documents/{id}")
@Produces(MediaType.TEXT_HTML)
public class VersionPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance version(VersionView view);

        static native TemplateInstance diff(DiffView view);
    }

    private final DocumentHistory histories;
    private final TextRetrieval texts;

    public VersionPages(DocumentHistory histories, TextRetrieval texts) {
        this.histories = histories;
        this.texts = texts;
    }

    /** A version's page is its permalink, cited as itself (FAIR Signposting). */
    @GET
    @Path("versions/{n}")
    public RestResponse<TemplateInstance> version(@PathParam("id") String id, @PathParam("n") String n,
            @Context UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        History history = histories.of(documentId);
        int number = VersionNumbers.parse("version", n, history.document().currentVersion);
        String text = text(documentId, number);
        return RestResponse.ResponseBuilder.ok(Templates.version(new VersionView(history.description(),
                        history.version(number), text)))
                .header(HttpHeaders.LINK, WebLink.header(Signposts.header(uri.getBaseUri(), id, Optional.of(number))))
                .build();
    }

    /** Without from/to: the latest change (the version before the current one against the current one). */
    @GET
    @Path("diff")
    public TemplateInstance diff(@PathParam("id") String id, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        DocumentId documentId = new DocumentId(id);
        History history = histories.of(documentId);
        int latest = history.document().currentVersion;
        int toNumber = to == null || to.isBlank() ? latest : VersionNumbers.parse("to", to, latest);
        int fromNumber = from == null || from.isBlank() ? Math.max(1, toNumber - 1)
                : VersionNumbers.parse("from", from, latest);
        String oldText = text(documentId, fromNumber);
        String newText = text(documentId, toNumber);
        return Templates.diff(new DiffView(history.description(), history.versions(), history.version(fromNumber),
                history.version(toNumber), TextDiff.compare(oldText, newText)));
    }

    private String text(DocumentId id, int number) {
        return new String(texts.version(id, number).bytes(), StandardCharsets.UTF_8);
    }
}
