package archive.api.oai;

import archive.api.openapi.OpenApiNames;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameters;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The OAI-PMH base URL (§3.1.1): a request's arguments come as the query of a GET or as the form of a POST, read
 * with every value each was given, since a repeated argument is the protocol's error, not the last value's. The
 * answer is text/xml whatever the request accepts (no {@code @Produces}, which would refuse a harvester that asks for
 * application/xml with 406).
 */
@Path("/oai")
@Tag(name = OpenApiNames.OAI_PMH)
public class OaiPmhResource {

    /** §3.1.2.1: responses are text/xml, in UTF-8. */
    static final String XML = "text/xml";
    private static final String DESCRIPTION = "Verbs: `Identify`, `ListMetadataFormats` (`identifier`), `ListSets`, "
            + "`GetRecord` (`identifier`, `metadataPrefix`), `ListIdentifiers` and `ListRecords` (`metadataPrefix`, "
            + "`from`, `until`, `set`, or `resumptionToken` alone). Formats `oai_dc` and `mods` (MODS 3.8; a "
            + "rewrite's accepted source is its `relatedItem type=\"original\"`); identifiers "
            + "`oai:<host>:<document id>`; sets `originals`, `rewrites`, `publisher` and `publisher:<slug>`; "
            + "datestamps to the second (the record's last change: new version, metadata correction or provenance "
            + "decision). Every answer, errors included (`badVerb`, `badArgument`, `badResumptionToken`, "
            + "`cannotDisseminateFormat`, `idDoesNotExist`, `noRecordsMatch`), is OAI-PMH XML with status 200.";

    private final OaiPmhProvider provider;

    public OaiPmhResource(OaiPmhProvider provider) {
        this.provider = provider;
    }

    @GET
    @Operation(summary = "OAI-PMH 2.0 request, arguments in the query", description = DESCRIPTION)
    @Parameters({
        @Parameter(name = "verb", in = ParameterIn.QUERY, required = true, description = "The request: Identify, "
                + "ListMetadataFormats, ListSets, GetRecord, ListIdentifiers or ListRecords.",
                example = "Identify", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "identifier", in = ParameterIn.QUERY, description = "A record's identifier, "
                + "`oai:<host>:<document id>` (GetRecord, ListMetadataFormats).",
                example = "oai:localhost:14e58095c9a75005", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "metadataPrefix", in = ParameterIn.QUERY, description = "`oai_dc` or `mods` (GetRecord, "
                + "ListIdentifiers, ListRecords).", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "from", in = ParameterIn.QUERY, description = "Records whose datestamp is at or after "
                + "this UTC day or second (`YYYY-MM-DD` or `YYYY-MM-DDThh:mm:ssZ`).",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "until", in = ParameterIn.QUERY, description = "Records whose datestamp is at or before "
                + "this UTC day or second, of the same granularity as `from`.",
                schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "set", in = ParameterIn.QUERY, description = "A setSpec from ListSets, e.g. `rewrites` or "
                + "`publisher:u-s-department-of-defense`.", schema = @Schema(type = SchemaType.STRING)),
        @Parameter(name = "resumptionToken", in = ParameterIn.QUERY, description = "The token of the previous "
                + "page of a list, sent with the verb alone.", schema = @Schema(type = SchemaType.STRING))
    })
    @APIResponse(responseCode = "200", description = "The OAI-PMH response (also for the protocol's errors).",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    public Response get(UriInfo uri) {
        return respond(uri.getQueryParameters(), uri);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "OAI-PMH 2.0 request, arguments in a form", description = DESCRIPTION)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(type = SchemaType.OBJECT, properties = {
                @SchemaProperty(name = "verb", type = SchemaType.STRING, description = "The request."),
                @SchemaProperty(name = "identifier", type = SchemaType.STRING),
                @SchemaProperty(name = "metadataPrefix", type = SchemaType.STRING),
                @SchemaProperty(name = "from", type = SchemaType.STRING),
                @SchemaProperty(name = "until", type = SchemaType.STRING),
                @SchemaProperty(name = "set", type = SchemaType.STRING),
                @SchemaProperty(name = "resumptionToken", type = SchemaType.STRING)
            })))
    @APIResponse(responseCode = "200", description = "The OAI-PMH response (also for the protocol's errors).",
            content = @Content(mediaType = XML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "The body is not a form that can be read.")
    public Response post(MultivaluedMap<String, String> form, UriInfo uri) {
        return respond(form, uri);
    }

    private Response respond(MultivaluedMap<String, String> arguments, UriInfo uri) {
        return Response.ok(provider.respond(arguments, uri.getBaseUri()), XML + "; charset=utf-8").build();
    }
}
