package archive.web.provenance;

import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.provenance.EvidenceCodec;
import archive.core.provenance.EvidencePassage;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

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
    public record CompareView(String derivedId, String sourceId, LinkRow link, AlignedText derived, AlignedText source, int passages) {
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
        String derivedText = currentText(derived);
        String sourceText = currentText(source);
        List<AlignedText.Range> derivedRanges = new ArrayList<>();
        List<AlignedText.Range> sourceRanges = new ArrayList<>();
        List<EvidencePassage> passages = found.map(link -> evidence.read(link.evidence).evidence().passages())
                .orElse(List.of());
        for (int i = 0; i < passages.size(); i++) {
            EvidencePassage passage = passages.get(i);
            derivedRanges.add(new AlignedText.Range(i + 1, passage.derivedStart(), passage.derivedEnd()));
            sourceRanges.add(new AlignedText.Range(i + 1, passage.sourceStart(), passage.sourceEnd()));
        }
        // A passage is marked only where it can be marked in both texts, so every mark has its partner.
        Set<Integer> paired = AlignedText.placeable(derivedText.length(), derivedRanges).stream()
                .map(AlignedText.Range::passage).collect(Collectors.toSet());
        paired.retainAll(AlignedText.placeable(sourceText.length(), sourceRanges).stream()
                .map(AlignedText.Range::passage).toList());
        derivedRanges.removeIf(range -> !paired.contains(range.passage()));
        sourceRanges.removeIf(range -> !paired.contains(range.passage()));
        LinkRow row = found.map(link -> panel.rows(List.of(link)).get(0)).orElse(null);
        return Templates.compare(new CompareView(id, sourceId, row, AlignedText.of(derivedText, derivedRanges),
                AlignedText.of(sourceText, sourceRanges), paired.size()));
    }

    private String currentText(DocumentId id) {
        return new String(texts.version(id, catalog.require(id).currentVersion).bytes(), StandardCharsets.UTF_8);
    }
}
