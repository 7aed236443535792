package archive.web.provenance;

import archive.core.catalog.DocumentId;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.ProvenanceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.stream.Stream;

/** What the document page says about where a text came from and what was made of it. */
@ApplicationScoped
public class ProvenancePanel {

    private final ProvenanceService provenance;
    private final DocumentMetadata metadata;

    public ProvenancePanel(ProvenanceService provenance, DocumentMetadata metadata) {
        this.provenance = provenance;
        this.metadata = metadata;
    }

    /** @param sources the document's candidate sources, best first; @param derivatives the texts made from it */
    public record ProvenanceView(List<LinkRow> sources, List<LinkRow> derivatives) {
    }

    @Transactional
    public ProvenanceView of(DocumentId documentId) {
        List<ProvenanceLink> sources = provenance.candidates(documentId);
        List<ProvenanceLink> derivatives = provenance.derivatives(documentId);
        return new ProvenanceView(rows(sources), rows(derivatives));
    }

    /** The links as rows, titled from the metadata of both ends. */
    @Transactional
    public List<LinkRow> rows(List<ProvenanceLink> links) {
        var summaries = metadata.summaries(links.stream()
                .flatMap(link -> Stream.of(link.derivedId, link.sourceId)).distinct().toList());
        return links.stream().map(link -> LinkRow.of(link, summaries)).toList();
    }
}
