package archive.api.citations;

import archive.api.problem.RequestProblemException;
import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocument;
import archive.core.citation.CitableDocuments;
import archive.core.citation.CitationFormat;
import archive.core.citation.CitationRequest;
import archive.core.citation.DocumentCitations;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The bibliography entry of an archived version in any CSL style, rendered by citeproc-java. */
@Path("/api/v1/documents/{id}/citation")
@Produces(MediaType.APPLICATION_JSON)
public class CitationResource {

    static final String WITH_SOURCE = "source";

    private final CitableDocuments documents;
    private final DocumentCitations citations;

    public CitationResource(CitableDocuments documents, DocumentCitations citations) {
        this.documents = documents;
        this.citations = citations;
    }

    @GET
    public CitationJson cite(@PathParam("id") String id, @QueryParam("style") @DefaultValue("apa") String style,
            @QueryParam("format") @DefaultValue("text") String format, @QueryParam("version") String version,
            @QueryParam("locale") @DefaultValue(CitationRequest.DEFAULT_LOCALE) String locale,
            @QueryParam("with") String with, UriInfo uri) {
        CitationRequest request = new CitationRequest(style, locale,
                CitationParameters.choice("format", format, CitationFormat.class));
        boolean withSource = withSource(with);
        CitableDocument document = documents.of(new DocumentId(id), CitationParameters.version(version), uri.getBaseUri());
        List<String> entries = withSource ? citations.citeWithOriginal(document, request)
                : List.of(citations.cite(document, request));
        return CitationJson.of(document, request, entries);
    }

    private static boolean withSource(String with) {
        if (with == null || with.isEmpty()) {
            return false;
        }
        if (with.equals(WITH_SOURCE)) {
            return true;
        }
        throw RequestProblemException.badRequest("invalid-with", "'with' can only be 'source' (cite a rewrite "
                + "together with its source), not '" + with + "'.");
    }
}
