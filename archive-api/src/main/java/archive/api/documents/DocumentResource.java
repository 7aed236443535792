package archive.api.documents;

import archive.api.content.EntityTags;
import archive.api.content.HttpDates;
import archive.api.content.ServesArchivedText;
import archive.api.content.TextRepresentation;
import archive.api.content.TextRepresentation.Mutability;
import archive.api.links.WebLink;
import archive.api.memento.MementoLinks;
import archive.api.openapi.OpenApiNames;
import archive.api.paging.PageJson;
import archive.api.paging.PageRequest;
import archive.api.problem.RequestProblemException;
import archive.api.signposting.Signposts;
import archive.core.account.Roles;
import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentListing;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.EventType;
import archive.core.config.ArchiveConfig;
import archive.core.ingest.IngestResult;
import archive.core.ingest.IngestService;
import archive.core.ingest.Upload;
import archive.core.memento.MementoLookup;
import archive.core.memento.Mementos;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataSummary;
import archive.core.problem.ProblemType;
import archive.core.retrieval.ArchivedText;
import archive.core.retrieval.TextRetrieval;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Archived documents: list, describe, upload, new versions, and their byte-exact text. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = OpenApiNames.DOCUMENTS)
public class DocumentResource {

    private final Catalog catalog;
    private final IngestService ingest;
    private final TextRetrieval texts;
    private final MementoLookup mementos;
    private final DocumentMetadata metadata;
    private final SecurityIdentity identity;
    private final boolean requireIfMatch;

    public DocumentResource(Catalog catalog, IngestService ingest, TextRetrieval texts, MementoLookup mementos,
            DocumentMetadata metadata, SecurityIdentity identity, ArchiveConfig config) {
        this.mementos = mementos;
        this.catalog = catalog;
        this.ingest = ingest;
        this.texts = texts;
        this.metadata = metadata;
        this.identity = identity;
        this.requireIfMatch = config.requireIfMatch();
    }

    @GET
    @Operation(summary = "List documents in archive order (oldest first)")
    @APIResponse(responseCode = "200", description = "One page of documents, each with its current version.",
            headers = {@Header(name = OpenApiNames.LINK, ref = OpenApiNames.LINK),
                @Header(name = OpenApiNames.TOTAL_COUNT, ref = OpenApiNames.TOTAL_COUNT)})
    @APIResponse(responseCode = "400", ref = OpenApiNames.INVALID_PAGE)
    public RestResponse<PageJson<DocumentSummaryJson>> list(
            @QueryParam("page") @Parameter(ref = OpenApiNames.PAGE) String page,
            @QueryParam("size") @Parameter(ref = OpenApiNames.SIZE) String size, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        long total = catalog.documentCount();
        List<DocumentListing> listings = request.offset() >= total ? List.of()
                : catalog.page((int) request.offset(), request.size());
        Map<String, MetadataSummary> summaries = metadata.summaries(
                listings.stream().map(listing -> listing.document().id).toList());
        List<DocumentSummaryJson> items = listings.stream()
                .map(listing -> DocumentSummaryJson.of(listing, summaries.get(listing.document().id))).toList();
        return request.link(RestResponse.ResponseBuilder.ok(new PageJson<>(items, request.page(), request.size(),
                total)), uri, total).build();
    }

    @GET
    @Path("{documentId}")
    @Operation(summary = "A document with every version")
    @APIResponse(responseCode = "200", description = "The document, its versions with their checksums, its "
            + "metadata summary and its last fixity audit.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public DocumentJson get(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id) {
        return describe(new DocumentId(id));
    }

    /** Documented for both ways of uploading (OpenAPI has one operation per path and method). */
    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Archive a document", description = "New bytes create a document whose id is the first 16 "
            + "hex of their SHA-256 (201). Bytes already archived create nothing and answer the existing document "
            + "(200). Send the text as a `text/plain` body (with `?filename=`) or as the multipart field `file`.")
    @APIResponse(responseCode = "201", description = "Archived; `Location` names the new document.",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    @APIResponse(responseCode = "200", description = "Already archived: the existing document, named by "
            + "`Location`.", content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    @APIResponse(responseCode = "400", description = "The upload is empty, or the multipart body has no part "
            + "'file' or is malformed.")
    @APIResponse(responseCode = "409", description = "Another upload archived other bytes under the same id at "
            + "the same moment; send it again.")
    @APIResponse(responseCode = "413", description = "The text is larger than ARCHIVE_MAX_UPLOAD_BYTES.")
    @APIResponse(responseCode = "415", description = "The text is not UTF-8 or is binary, or the Content-Type is "
            + "neither `text/plain` nor `multipart/form-data`.")
    public Response uploadText(@RequestBody(required = true, description = "The document's text, UTF-8, stored "
            + "byte for byte.", content = {
                @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(type = SchemaType.OBJECT,
                        requiredProperties = "file", properties = @SchemaProperty(name = "file",
                                type = SchemaType.STRING, format = "binary",
                                description = "The document; its file name is kept.")))
            }) byte[] body,
            @QueryParam("filename") @Parameter(description = "The original file name of a text/plain body (folders "
                    + "are removed); multipart uploads carry theirs.", example = "story.txt") String fileName,
            UriInfo uri) {
        return created(ingest.ingest(new Upload(body, fileName, agent())), uri);
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true) // described with uploadText
    public Response uploadFile(@RestForm("file") FileUpload file, UriInfo uri) {
        return created(ingest.ingest(Upload.read(required(file).uploadedFile(), file.fileName(), agent())), uri);
    }

    @PUT
    @Path("{documentId}/text")
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.TEXT_PLAIN)
    @Operation(summary = "Archive a new version", description = "Send `If-Match` with the ETag you read: if another "
            + "version was archived meanwhile the answer is 412 and nothing is stored. Without `If-Match` the answer "
            + "is 428 (unless the archive runs with ARCHIVE_REQUIRE_IF_MATCH=false).")
    @Parameter(name = HttpHeaders.IF_MATCH, in = ParameterIn.HEADER, description = "The ETag of the version you "
            + "changed, or `*` to archive the new version whatever the current one is. Required unless "
            + "ARCHIVE_REQUIRE_IF_MATCH=false, which archives a version sent without it like `*`.",
            example = "\"ae3ccef04436acd60adcf9e2bdeda3e44e398705350881774eb4a0ebb20700a7\"",
            schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "201", description = "A new version; `Location` names it, `ETag` is its SHA-256.",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    @APIResponse(responseCode = "200", description = "The bytes equal the current version's: nothing new.",
            content = @Content(schema = @Schema(implementation = DocumentJson.class)))
    @APIResponse(responseCode = "400", description = "The upload is empty, or If-Match is not a list of entity "
            + "tags.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    @APIResponse(responseCode = "409", description = "Another version was written at the same moment; read the "
            + "document again and retry.")
    @APIResponse(responseCode = "412", description = "If-Match names none of the current version's ETag: someone "
            + "archived another version since you read it.")
    @APIResponse(responseCode = "413", description = "The text is larger than ARCHIVE_MAX_UPLOAD_BYTES.")
    @APIResponse(responseCode = "415", description = "The text is not UTF-8 or is binary, or the Content-Type is "
            + "not `text/plain`.")
    @APIResponse(responseCode = "428", description = "No `If-Match`: GET the document's text and send its ETag, or "
            + "`If-Match: *` to overwrite whatever is current. Nothing is stored.")
    public Response newVersion(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @RequestBody(required = true, description = "The new version's text, UTF-8, stored byte for byte.",
                    content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
            byte[] body,
            @QueryParam("filename") @Parameter(description = "The new version's original file name (folders are "
                    + "removed).", example = "story-v2.txt") String fileName,
            HttpHeaders headers, UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        IngestResult result = ingest.addVersion(documentId, new Upload(body, fileName, agent()),
                expected(documentId, headers));
        DocumentJson document = describe(documentId);
        Response.ResponseBuilder response = result.stored()
                ? Response.created(uri.getBaseUriBuilder().path("api/v1/documents/{id}/versions/{n}")
                        .build(id, result.version().number))
                : Response.ok();
        return response.entity(document).tag(new EntityTag(result.version().sha256)).build();
    }

    /**
     * The hot path: answered on the event loop when the text is in memory, otherwise on a worker thread (the catalog
     * and the store block).
     */
    @GET
    @Path("{documentId}/text")
    @Produces(TextRepresentation.MEDIA_TYPE)
    @Operation(summary = "The current version's exact bytes", description = "The original resource of Memento "
            + "(RFC 7089): `Link` names its `timegate` and `timemap`, and the FAIR Signposting `cite-as` (the "
            + "document page), `describedby` (CSL-JSON, BibTeX) and `linkset`.")
    @ServesArchivedText
    @Parameter(ref = OpenApiNames.RANGE)
    @Parameter(ref = OpenApiNames.IF_RANGE)
    @Parameter(ref = OpenApiNames.IF_NONE_MATCH)
    @Parameter(ref = OpenApiNames.IF_MODIFIED_SINCE)
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public Uni<Response> currentText(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            HttpHeaders headers, UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        Map<String, String> described = originalHeaders(uri.getBaseUri(), id);
        return texts.currentInMemory(documentId)
                .map(text -> Uni.createFrom().item(
                        TextRepresentation.respond(text, headers, Mutability.CURRENT, described)))
                .orElseGet(() -> Uni.createFrom()
                        .item(() -> TextRepresentation.respond(texts.current(documentId), headers, Mutability.CURRENT,
                                described))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @GET
    @Path("{documentId}/versions/{version}/text")
    @Produces(TextRepresentation.MEDIA_TYPE)
    @Operation(summary = "One version's exact bytes (immutable)", description = "A memento (RFC 7089): "
            + "`Memento-Datetime` is when it was archived; `Link` names the `original` (the current text), the "
            + "`timegate`, the `timemap`, the `first`, `last`, `prev` and `next` mementos that apply, and the FAIR "
            + "Signposting `cite-as` (the version's permalink), `describedby` and `linkset`.")
    @ServesArchivedText
    @Parameter(ref = OpenApiNames.RANGE)
    @Parameter(ref = OpenApiNames.IF_RANGE)
    @Parameter(ref = OpenApiNames.IF_NONE_MATCH)
    @Parameter(ref = OpenApiNames.IF_MODIFIED_SINCE)
    @APIResponse(responseCode = "404", ref = OpenApiNames.VERSION_NOT_FOUND)
    public Response versionText(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @PathParam("version") @Parameter(ref = OpenApiNames.VERSION) String number, HttpHeaders headers,
            UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        ArchivedText text = texts.version(documentId, versionNumber(number));
        return TextRepresentation.respond(text, headers, Mutability.IMMUTABLE,
                mementoHeaders(uri.getBaseUri(), text.version(), mementos.ofDocument(documentId)));
    }

    @GET
    @Path("{documentId}/versions/{version}")
    @Operation(summary = "One version's facts: checksums, size, who archived it when")
    @APIResponse(responseCode = "200", description = "The version.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.VERSION_NOT_FOUND)
    public VersionJson version(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            @PathParam("version") @Parameter(ref = OpenApiNames.VERSION) String number) {
        return VersionJson.of(texts.version(new DocumentId(id), versionNumber(number)).version());
    }

    @GET
    @Path("{documentId}/events")
    @Operation(summary = "The document's PREMIS-style event history")
    @APIResponse(responseCode = "200", description = "Events, oldest first: ingestion, new versions, metadata "
            + "corrections, provenance decisions, fixity checks.")
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    public List<EventJson> events(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id) {
        DocumentId documentId = new DocumentId(id);
        catalog.require(documentId);
        return catalog.events(documentId).stream().map(EventJson::of).toList();
    }

    /** The current text is the original resource (RFC 7089) and the document's item (FAIR Signposting). */
    private static Map<String, String> originalHeaders(URI base, String id) {
        List<WebLink> links = new ArrayList<>(MementoLinks.ofOriginal(base, id));
        links.addAll(Signposts.header(base, id, Optional.empty()));
        return Map.of(HttpHeaders.LINK, WebLink.header(links));
    }

    /** A version's text is a memento, archived at its createdAt, and cited by its permalink. */
    private static Map<String, String> mementoHeaders(URI base, DocumentVersion version, Mementos mementos) {
        List<WebLink> links = new ArrayList<>(MementoLinks.ofMemento(base, version, mementos));
        links.addAll(Signposts.header(base, version.documentId, Optional.of(version.number)));
        return Map.of(MementoLinks.MEMENTO_DATETIME, HttpDates.format(version.createdAt),
                HttpHeaders.LINK, WebLink.header(links));
    }

    private Response created(IngestResult result, UriInfo uri) {
        URI location = uri.getBaseUriBuilder().path("api/v1/documents/{id}").build(result.document().id);
        DocumentJson document = describe(new DocumentId(result.document().id));
        return (result.stored() ? Response.created(location) : Response.ok().location(location))
                .entity(document)
                .build();
    }

    private DocumentJson describe(DocumentId id) {
        Document document = catalog.require(id);
        return DocumentJson.of(document, catalog.versions(id), metadata.summaries(List.of(document.id)).get(document.id),
                catalog.lastEvent(id, EventType.FIXITY_CHECK));
    }

    /**
     * If-Match as the set of SHA-256s the client accepts as current; * means any, and so does no If-Match when the
     * archive does not require one. A missing document is reported as such before a missing If-Match.
     */
    private Optional<Set<String>> expected(DocumentId documentId, HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null && requireIfMatch) {
            catalog.require(documentId);
            throw new RequestProblemException(ProblemType.IF_MATCH_REQUIRED, "A new version must say which version "
                    + "it replaces, so that nobody's change is lost: GET /api/v1/documents/" + documentId + "/text "
                    + "and send its ETag in If-Match, or send If-Match: * to overwrite whatever is current. Nothing "
                    + "was stored.");
        }
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return Optional.empty();
        }
        // Strong comparison (RFC 9110 §13.1.1): weak tags never match, so they end in 412.
        return Optional.of(EntityTags.parseList(ifMatch).stream().filter(tag -> !tag.isWeak())
                .map(EntityTag::getValue).collect(Collectors.toSet()));
    }

    private static int versionNumber(String raw) {
        if (raw.matches("[1-9][0-9]{0,8}")) {
            return Integer.parseInt(raw);
        }
        throw new RequestProblemException(ProblemType.VERSION_NOT_FOUND, "Versions are numbered 1, 2, 3 …; '" + raw
                + "' is not a version number.");
    }

    private static FileUpload required(FileUpload file) {
        if (file == null) {
            throw new RequestProblemException(ProblemType.MISSING_FILE, "Send the document as the multipart field "
                    + "'file', or as a text/plain body with ?filename=.");
        }
        return file;
    }

    private String agent() {
        return identity.getPrincipal().getName();
    }
}
