package archive.api.changes;

import archive.api.links.MediaTypeChoice;
import archive.api.links.WebLink;
import archive.api.openapi.OpenApiNames;
import archive.api.paging.PageRequest;
import archive.core.changes.Change;
import archive.core.changes.ChangeCursor;
import archive.core.changes.ChangeFeed;
import archive.core.changes.ChangePage;
import archive.core.config.ArchiveConfig;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataSummary;
import archive.core.storage.ContentDigest;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The change feed: documents and versions archived and provenance decided, for clients that follow the archive
 * instead of polling every document. Pages are forward from a cursor; each names the next in {@code Link} (and in
 * the Atom feed's {@code next} link, RFC 5005), which a follower asks again until changes arrive.
 */
@Path("/api/v1")
@Tag(name = OpenApiNames.CHANGES)
public class ChangeResource {

    private static final MediaType ATOM = MediaType.valueOf(AtomChanges.MEDIA_TYPE);
    private static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON_TYPE, ATOM);
    private static final String CHANGES = "api/v1/changes";

    private final ChangeFeed feed;
    private final DocumentMetadata metadata;
    private final ObjectMapper json;
    private final String archiveName;

    public ChangeResource(ChangeFeed feed, DocumentMetadata metadata, ObjectMapper json, ArchiveConfig config) {
        this.feed = feed;
        this.metadata = metadata;
        this.json = json;
        this.archiveName = config.name().filter(name -> !name.isBlank()).orElse("archive");
    }

    @GET
    @Path("changes")
    @Produces({MediaType.APPLICATION_JSON, AtomChanges.MEDIA_TYPE})
    @Operation(summary = "What changed, after a cursor: documents and versions archived, provenance decided",
            description = "Oldest first, each change once: follow `next` (the `Link` header, the JSON's `next`, the "
                    + "Atom feed's `<link rel=\"next\">`) page after page, and ask the last one again later for what "
                    + "came since. JSON by default, an Atom feed (RFC 4287, paged as RFC 5005) with `Accept: "
                    + "application/atom+xml`. A change appears once every transaction that began before it has "
                    + "ended, so that no later page can gain one that a cursor already passed.")
    @Parameter(name = OpenApiNames.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The ETag of the page you "
            + "hold: 304 while it is unchanged.", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "One page of changes.", content = {
        @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChangesJson.class)),
        @Content(mediaType = AtomChanges.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING))},
            headers = {
                @Header(name = OpenApiNames.LINK, description = "The `first` page and the `next` one.",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = OpenApiNames.ETAG, description = "The SHA-256 of the page's bytes, quoted.",
                        schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named this page as it is.")
    @APIResponse(responseCode = "400", description = "`after` is not a cursor of this archive's feed, or `size` is "
            + "not a whole number from 1.")
    @APIResponse(responseCode = "406", description = "`Accept` allows neither application/json nor "
            + "application/atom+xml.")
    public Response changes(@QueryParam("after") @Parameter(description = "The cursor of the last change you read "
                    + "(a change's `cursor`, or as the `next` link gives it); absent for the first change.")
            String after, @QueryParam("size") @Parameter(ref = OpenApiNames.SIZE) String size,
            @Context HttpHeaders headers, @Context Request request, @Context UriInfo uri) {
        MediaType chosen = MediaTypeChoice.choose(headers, OFFERED);
        int pageSize = PageRequest.parse(null, size).size();
        ChangePage page = feed.after(after == null || after.isBlank() ? Optional.empty()
                : Optional.of(ChangeCursor.parse(after.strip())), pageSize);
        URI base = uri.getBaseUri();
        String next = pageAfter(base, pageSize, page.next());
        List<DescribedChange> entries = described(page.changes(), base);
        List<WebLink> links = pages(base, pageSize, next, chosen);
        byte[] body;
        if (chosen.equals(ATOM)) {
            Instant updated = newest(entries).or(() -> page.after().map(Change::at)).orElse(Instant.EPOCH);
            body = atom(uri, "oldest first; the next page follows the last of them", updated, links, entries);
        } else {
            body = json(new ChangesJson(entries.stream().map(DescribedChange::json).toList(), pageSize, next));
        }
        return conditional(request, body, chosen, links).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @GET
    @Path("changes.atom")
    @Produces(AtomChanges.MEDIA_TYPE)
    @Operation(summary = "The newest changes as an Atom feed, for feed readers",
            description = "The subscription document (RFC 5005): the latest changes, newest first, at an address "
                    + "that needs no `Accept` header. Its `next` link is where a follower goes on from; `first` is "
                    + "the start of the feed.")
    @Parameter(name = OpenApiNames.IF_NONE_MATCH, in = ParameterIn.HEADER, description = "The ETag of the feed you "
            + "hold: 304 while it is unchanged.", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "The newest changes.", content = @Content(
            mediaType = AtomChanges.MEDIA_TYPE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "304", description = "Not modified: If-None-Match named the feed as it is.")
    @APIResponse(responseCode = "400", ref = OpenApiNames.INVALID_PAGE)
    public Response subscription(@QueryParam("size") @Parameter(ref = OpenApiNames.SIZE) String size,
            @Context Request request, @Context UriInfo uri) {
        int pageSize = PageRequest.parse(null, size).size();
        List<Change> latest = feed.latest(pageSize);
        URI base = uri.getBaseUri();
        List<DescribedChange> entries = described(latest, base);
        List<WebLink> links = pages(base, pageSize, pageAfter(base, pageSize,
                latest.stream().findFirst().map(Change::cursor)), ATOM);
        byte[] body = atom(uri, "newest first", newest(entries).orElse(Instant.EPOCH), links, entries);
        return conditional(request, body, ATOM, links).build();
    }

    /** The page of changes after the cursor; the first page without one. */
    private static String pageAfter(URI base, int size, Optional<ChangeCursor> cursor) {
        return base + CHANGES + "?size=" + size + cursor.map(last -> "&after=" + last).orElse("");
    }

    /** RFC 5005's links of a page a subscriber follows forward: the start of the feed, and what follows. */
    private static List<WebLink> pages(URI base, int size, String next, MediaType type) {
        return List.of(WebLink.typed(pageAfter(base, size, Optional.empty()), "first", type.toString()),
                WebLink.typed(next, "next", type.toString()));
    }

    private List<DescribedChange> described(List<Change> changes, URI base) {
        Map<String, MetadataSummary> summaries = metadata.summaries(changes.stream()
                .flatMap(change -> Stream.of(change.documentId(), change.sourceId())).filter(Objects::nonNull)
                .distinct().toList());
        return changes.stream().map(change -> DescribedChange.of(change, title(summaries, change.documentId()),
                title(summaries, change.sourceId()), base)).toList();
    }

    private static String title(Map<String, MetadataSummary> summaries, String documentId) {
        MetadataSummary summary = documentId == null ? null : summaries.get(documentId);
        return summary == null ? null : summary.title();
    }

    private static Optional<Instant> newest(List<DescribedChange> entries) {
        return entries.stream().map(entry -> entry.change().at()).max(Comparator.naturalOrder());
    }

    private byte[] atom(UriInfo uri, String order, Instant updated, List<WebLink> pages,
            List<DescribedChange> entries) {
        String feed = uri.getBaseUri() + CHANGES;
        List<WebLink> links = Stream.concat(Stream.of(WebLink.typed(uri.getRequestUri().toString(), "self",
                AtomChanges.MEDIA_TYPE)), pages.stream()).toList();
        return new AtomChanges(feed, archiveName + ": changes", "Documents and versions archived and provenance "
                + "decided, " + order + ".", updated, archiveName, links, feed, entries).write();
    }

    private byte[] json(ChangesJson page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page, or 304 when If-None-Match names its bytes: the ETag is their SHA-256, so it is strong. */
    private static Response.ResponseBuilder conditional(Request request, byte[] body, MediaType type,
            List<WebLink> links) {
        EntityTag etag = new EntityTag(ContentDigest.sha256Hex(body));
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
        return (unchanged != null ? unchanged : Response.ok(body, type)).tag(etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                .header(HttpHeaders.LINK, WebLink.header(links));
    }
}
