package archive.web.documents;

import archive.api.links.WebLink;
import archive.api.signposting.Signposts;
import archive.core.catalog.DocumentId;
import archive.core.citation.CitableDocuments;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.retrieval.ArchivedText;
import archive.core.retrieval.TextRetrieval;
import archive.web.documents.DocumentHistory.History;
import archive.web.provenance.ProvenancePanel;
import archive.web.provenance.ProvenancePanel.ProvenanceView;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A document for readers: its current text exactly as archived (escaped, never interpreted), what is known about
 * it, every version with its SHA-256 and fixity, and its event history; described for reference managers.
 */
@Path("/documents/{id}")
@Produces(MediaType.TEXT_HTML)
public class DocumentPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance document(DocumentView view);
    }

    private final DocumentHistory histories;
    private final TextRetrieval texts;
    private final CiteBox citeBox;
    private final DocumentMetadata metadata;
    private final ProvenancePanel provenance;

    public DocumentPage(DocumentHistory histories, TextRetrieval texts, CiteBox citeBox, DocumentMetadata metadata,
            ProvenancePanel provenance) {
        this.provenance = provenance;
        this.histories = histories;
        this.texts = texts;
        this.citeBox = citeBox;
        this.metadata = metadata;
    }

    /**
     * @param style     the cite box's style from the picker
     * @param anyStyle  any other CSL style id, typed in; it wins over the picker when given
     * @param format    "text" or "html"
     * @param with      "source" to cite a rewrite together with its accepted source; a first visit (no choice made
     *                  yet) does too, as the citation API does by default
     * The page is the document's landing page (FAIR Signposting): its Link header says how to cite and describe it.
     */
    @GET
    public RestResponse<TemplateInstance> document(@PathParam("id") String id, @QueryParam("style") String style,
            @QueryParam("anyStyle") String anyStyle, @QueryParam("format") String format,
            @QueryParam("with") String with, @Context UriInfo uri) {
        DocumentId documentId = new DocumentId(id);
        History history = histories.of(documentId);
        ArchivedText text = texts.version(documentId, history.document().currentVersion);
        DocumentDescription description = history.description();
        URI page = uri.getBaseUriBuilder().path(description.path()).build();
        URI archivedCopy = CitableDocuments.permalink(uri.getBaseUri(), description.id(),
                description.currentVersion());
        MetadataFacts facts = MetadataFacts.of(metadata.snapshot(documentId));
        ProvenanceView provenanceView = provenance.of(documentId, uri.getBaseUri());
        TemplateInstance rendered = Templates.document(new DocumentView(description,
                new String(text.bytes(), StandardCharsets.UTF_8),
                history.versions(), history.events(), history.lastFixityCheck().orElse(null),
                ReferenceManagerTags.of(description, facts, page, archivedCopy, provenanceView.accepted()), facts,
                citeBox.of(documentId, anyStyle == null || anyStyle.isBlank() ? style : anyStyle, format,
                        "source".equals(with) || with == null && style == null && format == null,
                        uri.getBaseUri()),
                provenanceView));
        return RestResponse.ResponseBuilder.ok(rendered)
                .header(HttpHeaders.LINK, WebLink.header(Signposts.header(uri.getBaseUri(), id, Optional.empty())))
                .build();
    }
}
