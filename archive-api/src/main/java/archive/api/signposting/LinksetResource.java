package archive.api.signposting;

import archive.api.links.MediaTypeChoice;
import archive.api.links.WebLink;
import archive.api.memento.MementoLinks;
import archive.api.openapi.OpenApiNames;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A document's signposts as an RFC 9264 linkset, in its JSON form by default or its text form. */
@Path("/api/v1/documents/{documentId}/linkset")
@Tag(name = OpenApiNames.SIGNPOSTING)
public class LinksetResource {

    private static final List<MediaType> OFFERED = List.of(MediaType.valueOf(Signposts.LINKSET_JSON),
            MediaType.valueOf(Signposts.LINKSET));

    private final Catalog catalog;
    private final ObjectMapper json;

    public LinksetResource(Catalog catalog, ObjectMapper json) {
        this.catalog = catalog;
        this.json = json;
    }

    @GET
    @Produces({Signposts.LINKSET_JSON, Signposts.LINKSET})
    @Operation(summary = "The document's FAIR Signposting links (RFC 9264 linkset)", description = "The document "
            + "page's `cite-as`, `type` (schema.org NewsArticle and AboutPage), `describedby` (CSL-JSON, BibTeX, "
            + "RIS) and `item` (the text), and the links back to it from the text (`collection`) and the exports "
            + "(`describes`). `application/linkset+json` by default, `application/linkset` on request.")
    @APIResponse(responseCode = "200", description = "The linkset.", content = {
        @Content(mediaType = Signposts.LINKSET_JSON, schema = @Schema(type = SchemaType.OBJECT)),
        @Content(mediaType = Signposts.LINKSET, schema = @Schema(type = SchemaType.STRING))
    })
    @APIResponse(responseCode = "404", ref = OpenApiNames.DOCUMENT_NOT_FOUND)
    @APIResponse(responseCode = "406", description = "`Accept` allows neither application/linkset+json nor "
            + "application/linkset.")
    public Response linkset(@PathParam("documentId") @Parameter(ref = OpenApiNames.DOCUMENT_ID) String id,
            HttpHeaders headers, UriInfo uri) {
        catalog.require(new DocumentId(id));
        URI base = uri.getBaseUri();
        List<AnchoredLinks> linkset = Signposts.linkset(base, id, MementoLinks.original(base, id));
        MediaType chosen = MediaTypeChoice.choose(headers, OFFERED);
        Response.ResponseBuilder response = Response.ok().header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (chosen.getSubtype().equals("linkset")) {
            List<WebLink> anchored = new ArrayList<>();
            linkset.forEach(context -> context.links().forEach(link -> anchored.add(link.with("anchor",
                    context.anchor()))));
            return response.type(Signposts.LINKSET + "; charset=utf-8").entity(WebLink.document(anchored)).build();
        }
        return response.type(Signposts.LINKSET_JSON).entity(asJson(linkset)).build();
    }

    /** RFC 9264 §4.2: each context an object with its anchor and, per relation type, its targets. */
    private String asJson(List<AnchoredLinks> linkset) {
        List<Map<String, Object>> contexts = new ArrayList<>();
        for (AnchoredLinks context : linkset) {
            Map<String, List<Map<String, String>>> byRelation = new LinkedHashMap<>();
            for (WebLink link : context.links()) {
                Map<String, String> target = new LinkedHashMap<>();
                target.put("href", link.target());
                target.putAll(link.attributes());
                link.relations().forEach(relation -> byRelation.computeIfAbsent(relation, key -> new ArrayList<>())
                        .add(target));
            }
            Map<String, Object> object = new LinkedHashMap<>();
            object.put("anchor", context.anchor());
            object.putAll(byRelation);
            contexts.add(object);
        }
        try {
            return json.writeValueAsString(Map.of("linkset", contexts));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a linkset of strings cannot fail to serialize", e);
        }
    }
}
