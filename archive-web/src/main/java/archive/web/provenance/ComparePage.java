package archive.web.provenance;

import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.provenance.EvidenceCodec;
import archive.core.provenance.alignment.EvidencePassage;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.ProvenanceService;
import archive.core.retrieval.TextRetrieval;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A rewrite and a candidate source side by side, the passages detection aligned marked in both and numbered, each
 * linking to its partner in the other text.
 */
@Path("/documents/{id}/compare/{sourceId}")
@Produces(MediaType.TEXT_HTML)
public class ComparePage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance compare(CompareView view);
    }

    /** @param link the detected link between the two, or null when detection found none */
    public record CompareView(String derivedId, String sourceId, LinkRow link, AlignedPair aligned) {
    }

    private final ProvenanceService provenance;
    private final ProvenancePanel panel;
    private final TextRetrieval texts;
    private final Catalog catalog;
    private final EvidenceCodec evidence;

    public ComparePage(ProvenanceService provenance, ProvenancePanel panel, TextRetrieval texts, Catalog catalog,
            EvidenceCodec evidence) {
        this.provenance = provenance;
        this.evidence = evidence;
        this.panel = panel;
        this.texts = texts;
        this.catalog = catalog;
    }

    @GET
    @Transactional
    public TemplateInstance compare(@PathParam("id") String id, @PathParam("sourceId") String sourceId) {
        DocumentId derived = new DocumentId(id);
        DocumentId source = new DocumentId(sourceId);
        Optional<ProvenanceLink> found = provenance.candidates(derived).stream()
                .filter(link -> link.sourceId.equals(sourceId)).findFirst();
        List<EvidencePassage> passages = found.map(link -> evidence.read(link.evidence).evidence().passages())
                .orElse(List.of());
        LinkRow row = found.map(link -> panel.rows(List.of(link)).get(0)).orElse(null);
        return Templates.compare(new CompareView(id, sourceId, row,
                AlignedPair.of(currentText(derived), currentText(source), passages)));
    }

    private String currentText(DocumentId id) {
        return new String(texts.version(id, catalog.require(id).currentVersion).bytes(), StandardCharsets.UTF_8);
    }
}
