package archive.api.documents;

import archive.api.content.EntityTags;
import archive.api.content.TextRepresentation;
import archive.api.content.TextRepresentation.Mutability;
import archive.api.paging.PageJson;
import archive.api.paging.PageRequest;
import archive.api.problem.RequestProblemException;
import archive.core.account.Roles;
import archive.core.catalog.Catalog;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentListing;
import archive.core.catalog.DocumentId;
import archive.core.catalog.EventType;
import archive.core.ingest.IngestResult;
import archive.core.ingest.IngestService;
import archive.core.ingest.Upload;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataSummary;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** Archived documents: list, describe, upload, new versions, and their byte-exact text. */
@Path("/api/v1/documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentResource {

    private final Catalog catalog;
    private final IngestService ingest;
    private final TextRetrieval texts;
    private final DocumentMetadata metadata;
    private final SecurityIdentity identity;

    public DocumentResource(Catalog catalog, IngestService ingest, TextRetrieval texts, DocumentMetadata metadata,
            SecurityIdentity identity) {
        this.catalog = catalog;
        this.ingest = ingest;
        this.texts = texts;
        this.metadata = metadata;
        this.identity = identity;
    }

    @GET
    public Response list(@QueryParam("page") String page, @QueryParam("size") String size, UriInfo uri) {
        PageRequest request = PageRequest.parse(page, size);
        long total = catalog.documentCount();
        List<DocumentListing> listings = request.offset() >= total ? List.of()
                : catalog.page((int) request.offset(), request.size());
        Map<String, MetadataSummary> summaries = metadata.summaries(
                listings.stream().map(listing -> listing.document().id).toList());
        List<DocumentSummaryJson> items = listings.stream()
                .map(listing -> DocumentSummaryJson.of(listing, summaries.get(listing.document().id))).toList();
        return request.link(Response.ok(new PageJson<>(items, request.page(), request.size(), total)), uri, total)
                .build();
    }

    @GET
    @Path("{id}")
    public DocumentJson get(@PathParam("id") String id) {
        return describe(new DocumentId(id));
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.TEXT_PLAIN)
    public Response uploadText(byte[] body, @QueryParam("filename") String fileName, UriInfo uri) {
        return created(ingest.ingest(new Upload(body, fileName, agent())), uri);
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response uploadFile(@RestForm("file") FileUpload file, UriInfo uri) {
        return created(ingest.ingest(Upload.read(required(file).uploadedFile(), file.fileName(), agent())), uri);
    }

    @PUT
    @Path("{id}/text")
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.TEXT_PLAIN)
    public Response newVersion(@PathParam("id") String id, byte[] body, @QueryParam("filename") String fileName,
            HttpHeaders headers, UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        IngestResult result = ingest.addVersion(documentId, new Upload(body, fileName, agent()), expected(headers));
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
    @Path("{id}/text")
    @Produces(TextRepresentation.MEDIA_TYPE)
    public Uni<Response> currentText(@PathParam("id") String id, HttpHeaders headers) {
        DocumentId documentId = new DocumentId(id);
        return texts.currentInMemory(documentId)
                .map(text -> Uni.createFrom().item(TextRepresentation.respond(text, headers, Mutability.CURRENT)))
                .orElseGet(() -> Uni.createFrom()
                        .item(() -> TextRepresentation.respond(texts.current(documentId), headers, Mutability.CURRENT))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @GET
    @Path("{id}/versions/{n}/text")
    @Produces(TextRepresentation.MEDIA_TYPE)
    public Response versionText(@PathParam("id") String id, @PathParam("n") String number, HttpHeaders headers) {
        return TextRepresentation.respond(texts.version(new DocumentId(id), versionNumber(number)), headers,
                Mutability.IMMUTABLE);
    }

    @GET
    @Path("{id}/versions/{n}")
    public VersionJson version(@PathParam("id") String id, @PathParam("n") String number) {
        return VersionJson.of(texts.version(new DocumentId(id), versionNumber(number)).version());
    }

    @GET
    @Path("{id}/events")
    public List<EventJson> events(@PathParam("id") String id) {
        DocumentId documentId = new DocumentId(id);
        catalog.require(documentId);
        return catalog.events(documentId).stream().map(EventJson::of).toList();
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

    /** If-Match as the set of SHA-256s the client accepts as current; absent or * means any. */
    private static Optional<Set<String>> expected(HttpHeaders headers) {
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
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
        throw new RequestProblemException(404, "version-not-found", "Versions are numbered 1, 2, 3 …; '" + raw
                + "' is not a version number.");
    }

    private static FileUpload required(FileUpload file) {
        if (file == null) {
            throw RequestProblemException.badRequest("missing-file", "Send the document as the multipart field "
                    + "'file', or as a text/plain body with ?filename=.");
        }
        return file;
    }

    private String agent() {
        return identity.getPrincipal().getName();
    }
}
