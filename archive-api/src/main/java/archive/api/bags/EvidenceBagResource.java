package archive.api.bags;

import archive.api.bags.WebAnnotations.AnnotatedText;
import archive.api.openapi.OpenApiNames;
import archive.api.problem.RequestProblemException;
import archive.api.provenance.CandidateJson;
import archive.api.provenance.LinkJsonMapper;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocuments;
import archive.core.problem.ProblemType;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.ProvenanceService;
import archive.core.retrieval.TextRetrieval;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The evidence that a rewrite comes from a source, as one BagIt bag: both texts, the link and its passages. */
@Path("/api/v1/documents/{documentId}/provenance/{sourceId}/bag")
@Tag(name = OpenApiNames.BAGS)
public class EvidenceBagResource {

    private final Catalog catalog;
    private final TextRetrieval texts;
    private final ProvenanceService provenance;
    private final LinkJsonMapper mapper;
    private final BagPackager packager;

    public EvidenceBagResource(Catalog catalog, TextRetrieval texts, ProvenanceService provenance,
            LinkJsonMapper mapper, BagPackager packager) {
        this.catalog = catalog;
        this.texts = texts;
        this.provenance = provenance;
        this.mapper = mapper;
        this.packager = packager;
    }

    @GET
    @Produces(BagPackager.ZIP)
    @Operation(summary = "The evidence for a source as a zipped BagIt bag (RFC 8493)", description = "Payload: "
            + "`data/rewrite.txt` (the rewrite's version the evidence was found in) and `data/source.txt` (the "
            + "source's current version), exact bytes; `data/link.json`, the link as GET …/provenance gives it "
            + "(score, relation, status, passages with offsets, who decided and when); and "
            + "`data/annotations.jsonld`, the passages as W3C Web Annotations: one per passage, its target the "
            + "rewrite's version permalink and its body the source's, each with a TextQuoteSelector (exact, prefix, "
            + "suffix) and a TextPositionSelector (start, end, in code points). Manifests as for a document's bag.")
    @APIResponse(responseCode = "200", description = "The bag, zipped under one directory named "
            + "`<id>-from-<sourceId>`.", content = @Content(mediaType = BagPackager.ZIP,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "404", description = "No document has this id or the source's, or the document "
            + "has no link to that source (`link-not-found`).")
    public Response bag(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @PathParam("sourceId") @Parameter(description = "The source's document id.",
                    example = "095111aef963144d", schema = @Schema(type = SchemaType.STRING,
                            pattern = "^[0-9a-f]{16}$")) String sourceId,
            UriInfo uri) {
        DocumentId rewriteId = new DocumentId(id);
        DocumentId originalId = new DocumentId(sourceId);
        catalog.require(rewriteId);
        int sourceVersion = catalog.require(originalId).currentVersion;
        ProvenanceLink link = provenance.link(id, sourceId);
        if (link == null) {
            throw new RequestProblemException(ProblemType.LINK_NOT_FOUND, "Document " + id + " has no provenance "
                    + "link to " + sourceId + "; GET /api/v1/documents/" + id + "/provenance lists its candidates.");
        }
        byte[] rewrite = texts.version(rewriteId, link.derivedVersion).bytes();
        byte[] source = texts.version(originalId, sourceVersion).bytes();
        CandidateJson candidate = mapper.candidate(link);
        URI base = uri.getBaseUri();
        String name = id + "-from-" + sourceId;
        Map<String, Object> annotations = WebAnnotations.collection(
                base.resolve("api/v1/documents/" + id + "/provenance/" + sourceId + "/bag").toString(),
                "Passages of " + id + " aligned with its source " + sourceId,
                annotated(base, id, link.derivedVersion, rewrite),
                annotated(base, sourceId, sourceVersion, source), candidate.evidence());
        return packager.respond(name, payload -> payload
                .add("rewrite.txt", rewrite)
                .add("source.txt", source)
                .addJson("link.json", candidate)
                .addJson("annotations.jsonld", annotations));
    }

    private static AnnotatedText annotated(URI base, String id, int version, byte[] text) {
        return new AnnotatedText(CitableDocuments.permalink(base, id, version).toString(),
                new String(text, StandardCharsets.UTF_8));
    }
}
