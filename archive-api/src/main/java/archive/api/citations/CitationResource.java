package archive.api.citations;

import archive.api.openapi.OpenApiNames;
import archive.api.problem.RequestProblemException;
import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocument;
import archive.core.citation.CitableDocuments;
import archive.core.citation.CitationFormat;
import archive.core.citation.CitationRequest;
import archive.core.citation.DocumentCitations;
import archive.core.problem.ProblemType;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The bibliography entry of an archived version in any CSL style, rendered by citeproc-java. */
@Path("/api/v1/documents/{documentId}/citation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.CITATIONS)
public class CitationResource {

    static final String WITH_SOURCE = "source";
    static final String WITH_NONE = "none";

    private final CitableDocuments documents;
    private final DocumentCitations citations;

    public CitationResource(CitableDocuments documents, DocumentCitations citations) {
        this.documents = documents;
        this.citations = citations;
    }

    @GET
    @Operation(summary = "The bibliography entry of an archived version in any CSL style", description = "Rendered "
            + "by citeproc-java from the CSL style. The entry cites the archived copy (permalink of the exact "
            + "version, archive date, SHA-256); HTML entries carry Robust Link attributes (data-originalurl, "
            + "data-versionurl, data-versiondate). A rewrite with an accepted (auto or confirmed) source is cited "
            + "together with it by default: both entries rendered by the style, the source's with its defense.gov "
            + "URL (in HTML a Robust Link to the source's archived version); `source` says which document and link "
            + "status. `with=none` gives the rewrite's entry alone, which still names the source's title, date and "
            + "publisher (original-title, original-date, original-publisher) where the style prints them.")
    @APIResponse(responseCode = "200", description = "The citation.")
    @APIResponse(responseCode = "400", description = "`format`, `version`, `locale` or `with` has a value it cannot "
            + "take; `detail` lists the ones it can.")
    @APIResponse(responseCode = "404", description = "No document has this id, it has no such version, or no CSL "
            + "style has this id.")
    public CitationJson cite(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @QueryParam("style") @DefaultValue("apa") @Parameter(description = "A CSL style id; GET /api/v1/styles "
                    + "finds them.", example = "chicago-notes-bibliography") String style,
            @QueryParam("format") @DefaultValue("text") @Parameter(description = "Plain text, or HTML to paste into "
                    + "a page.", schema = @Schema(type = SchemaType.STRING, enumeration = {"text", "html"},
                            defaultValue = "text")) String format,
            @QueryParam("version") @Parameter(description = "The version to cite; the current one when absent.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1")) String version,
            @QueryParam("locale") @Parameter(description = "A CSL locale: language and region. When absent, the "
                    + "style's own (its default-locale, e.g. pt-BR for ABNT, de-DE for DIN 1505-2), else en-US.",
                    example = "en-GB") String locale,
            @QueryParam("with") @DefaultValue(WITH_SOURCE) @Parameter(description = "`source` (the default) also "
                    + "cites a rewrite's accepted source; `none` cites the document alone.",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {WITH_SOURCE, WITH_NONE},
                            defaultValue = WITH_SOURCE)) String with,
            UriInfo uri) {
        CitationRequest request = new CitationRequest(style, locale,
                CitationParameters.format(format, CitationFormat.class));
        boolean withSource = withSource(with);
        CitableDocument document = documents.of(new DocumentId(id), CitationParameters.version(version), uri.getBaseUri());
        List<String> entries = withSource ? citations.citeWithOriginal(document, request)
                : List.of(citations.cite(document, request));
        return CitationJson.of(document, request, citations.locale(request), entries, withSource);
    }

    private static boolean withSource(String with) {
        if (with.isEmpty() || with.equals(WITH_SOURCE)) {
            return true;
        }
        if (with.equals(WITH_NONE)) {
            return false;
        }
        throw new RequestProblemException(ProblemType.INVALID_WITH, "'with' can only be 'source' (the default: cite a "
                + "rewrite together with its source) or 'none' (the document alone), not '" + with + "'.");
    }
}
