package archive.api.bags;

import archive.api.openapi.OpenApiNames;
import archive.api.problem.RequestProblemException;
import archive.core.account.Roles;
import archive.core.bags.BagLayout;
import archive.core.catalog.DocumentId;
import archive.core.config.ArchiveConfig;
import archive.core.problem.ProblemType;
import archive.core.search.DocumentSearch;
import archive.core.search.SearchMatches;
import archive.core.search.SearchQuery;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A search's result set as one BagIt bag: every matching document as its own bag holds it, each in a folder of its
 * own, and what was asked. For librarians only: unlike one document's bag it costs work, disk and time in proportion
 * to the archive (a whole collection at most), which no anonymous client should be able to ask for at will; every
 * document in it can still be read, and bagged, one by one.
 */
@Path("/api/v1/bags")
@Tag(name = OpenApiNames.BAGS)
public class ResultSetBagResource {

    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /** The parameters of GET /api/v1/search, as JSON; none is the whole archive. */
    @Schema(name = "ResultSetQuery")
    public record ResultSetQuery(
            @Schema(description = "The words to find (web-search syntax, at most 500 characters); blank or absent "
                    + "matches everything the filters admit.", examples = "\"joint security\" -Austin") String q,
            @Schema(description = "Publisher name or site, case-insensitive.", examples = "defense.gov")
            String publisher,
            @Schema(description = "Earliest publication date (inclusive).", format = "date") String from,
            @Schema(description = "Latest publication date (inclusive); not before `from`.", format = "date")
            String to,
            @Schema(description = "Stories as first published, copies rewritten from them, or both.",
                    enumeration = {"original", "rewrite", "any"}, defaultValue = "any") String kind) {
    }

    private final DocumentSearch search;
    private final DocumentBagContents contents;
    private final BagPackager packager;
    private final Clock clock;
    private final int maxDocuments;

    public ResultSetBagResource(DocumentSearch search, DocumentBagContents contents, BagPackager packager,
            Clock clock, ArchiveConfig config) {
        this.search = search;
        this.contents = contents;
        this.packager = packager;
        this.clock = clock;
        this.maxDocuments = config.bags().maxDocuments();
    }

    @POST
    @RolesAllowed(Roles.LIBRARIAN)
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(BagPackager.ZIP)
    @Operation(summary = "A search's result set as one zipped BagIt bag (RFC 8493)", description = "The query "
            + "takes the parameters of GET /api/v1/search as JSON; `{}` is the whole archive, as a librarian moving "
            + "a collection asks for it. Payload: for every matching document, `data/documents/<id>/` holds what "
            + "its own bag (GET /api/v1/documents/{id}/bag) holds — every version's exact bytes "
            + "(`versions/v<n>/<original file name>`), `metadata.json`, `events.json` and `citations/<style>.txt`; "
            + "`data/query.json` gives the query, whether its words were searchable, the number of matches and the "
            + "documents in ranked order with their folders. bag-info.txt as for a document's bag, its "
            + "External-Identifier `result-set-<UTC time>`; SHA-256 and SHA-512 payload and tag manifests, written "
            + "with bagit-java. The bag is written to disk and streamed, never held in memory; at most "
            + "ARCHIVE_BAGS_MAX_DOCUMENTS documents. POST /api/v1/imports takes it back.")
    @APIResponse(responseCode = "200", description = "The bag, zipped under one directory named like it.",
            content = @Content(mediaType = BagPackager.ZIP,
                    schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "No body (`missing-body`; send `{}` for everything), or the "
            + "query cannot be run (`invalid-search`: `q` longer than 500 characters, a date not YYYY-MM-DD, `from` "
            + "after `to`, an unknown `kind`), or the JSON has an unknown field.")
    @APIResponse(responseCode = "422", description = "The query matches more than ARCHIVE_BAGS_MAX_DOCUMENTS "
            + "documents (`result-set-too-large`); the detail says how many.")
    public Response bag(@RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ResultSetQuery.class),
            example = "{\"q\": \"Iraq security cooperation\", \"kind\": \"rewrite\"}")) ResultSetQuery request,
            UriInfo uri) {
        if (request == null) {
            throw new RequestProblemException(ProblemType.MISSING_BODY, "Send the query as JSON with the parameters "
                    + "of GET /api/v1/search (q, publisher, from, to, kind), or {} for the whole archive.");
        }
        SearchQuery query = SearchQuery.parse(request.q(), request.publisher(), request.from(), request.to(),
                request.kind());
        SearchMatches matches = search.matches(query, maxDocuments);
        if (matches.total() > maxDocuments) {
            throw new RequestProblemException(ProblemType.RESULT_SET_TOO_LARGE, "The query matches "
                    + matches.total() + " documents; one bag holds at most " + maxDocuments
                    + " (ARCHIVE_BAGS_MAX_DOCUMENTS). Narrow the query and export the parts one by one.");
        }
        ResultSetJson resultSet = ResultSetJson.of(query, matches);
        URI base = uri.getBaseUri();
        return packager.respond("result-set-" + NAME_TIME.format(clock.instant()), payload -> {
            for (String id : matches.ids()) {
                contents.write(payload, BagLayout.documentFolder(id), new DocumentId(id), base);
            }
            payload.addJson(BagLayout.RESULT_SET, resultSet);
        });
    }
}
