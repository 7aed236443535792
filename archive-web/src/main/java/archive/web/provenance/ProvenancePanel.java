package archive.web.provenance;

import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.citation.AcceptedSource;
import archive.core.citation.CitableDocuments;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataSummary;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.ProvenanceService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/** What the document page says about where a text came from and what was made of it. */
@ApplicationScoped
public class ProvenancePanel {

    private final ProvenanceService provenance;
    private final DocumentMetadata metadata;
    private final Catalog catalog;

    public ProvenancePanel(ProvenanceService provenance, DocumentMetadata metadata, Catalog catalog) {
        this.provenance = provenance;
        this.metadata = metadata;
        this.catalog = catalog;
    }

    /**
     * @param derivedFrom the source the archive accepted for this text (the one its citations name), if any
     * @param sources     the document's candidate sources, best first
     * @param derivatives the texts made from it, best first
     */
    public record ProvenanceView(DerivedFrom derivedFrom, List<LinkRow> sources, List<LinkRow> derivatives) {

        public Optional<DerivedFrom> accepted() {
            return Optional.ofNullable(derivedFrom);
        }
    }

    /**
     * The accepted source of a rewrite as its page opens with it and reference managers read it.
     *
     * @param link         the provenance link (title, score, relation, status, compare page)
     * @param publisher    the source's publisher, or null while its metadata has none
     * @param publishedOn  the source's publication date (ISO), or null
     * @param sourceUrl    where the source was published (a defense.gov address), or null
     * @param archivedCopy the permalink of the source's archived current version
     */
    public record DerivedFrom(LinkRow link, String publisher, String publishedOn, String sourceUrl,
            URI archivedCopy) {
    }

    /** @param webBase the site's base address, for the source's permalink */
    @Transactional
    public ProvenanceView of(DocumentId documentId, URI webBase) {
        List<ProvenanceLink> sources = provenance.candidates(documentId);
        List<ProvenanceLink> derivatives = provenance.derivatives(documentId);
        Map<String, MetadataSummary> summaries = summaries(Stream.concat(sources.stream(), derivatives.stream())
                .toList());
        Optional<AcceptedSource> accepted = provenance.acceptedSourceOf(documentId.value());
        DerivedFrom derivedFrom = accepted.flatMap(source -> sources.stream()
                        .filter(link -> link.sourceId.equals(source.sourceId())).findFirst())
                .flatMap(link -> derivedFrom(link, summaries, webBase)).orElse(null);
        return new ProvenanceView(derivedFrom, rows(sources, summaries), rows(derivatives, summaries));
    }

    /** The document's candidate sources, best first. */
    @Transactional
    public List<LinkRow> sources(DocumentId documentId) {
        return rows(provenance.candidates(documentId));
    }

    /** The links as rows, titled from the metadata of both ends. */
    @Transactional
    public List<LinkRow> rows(List<ProvenanceLink> links) {
        return rows(links, summaries(links));
    }

    private Optional<DerivedFrom> derivedFrom(ProvenanceLink link, Map<String, MetadataSummary> summaries,
            URI webBase) {
        Optional<MetadataSummary> source = Optional.ofNullable(summaries.get(link.sourceId));
        return catalog.currentVersion(link.sourceId).map(version -> new DerivedFrom(LinkRow.of(link, summaries),
                source.map(MetadataSummary::publisher).orElse(null),
                source.map(MetadataSummary::publicationDate).orElse(null),
                source.map(MetadataSummary::sourceUrl).orElse(null),
                CitableDocuments.permalink(webBase, link.sourceId, version.number)));
    }

    private Map<String, MetadataSummary> summaries(List<ProvenanceLink> links) {
        return metadata.summaries(links.stream()
                .flatMap(link -> Stream.of(link.derivedId, link.sourceId)).distinct().toList());
    }

    private static List<LinkRow> rows(List<ProvenanceLink> links, Map<String, MetadataSummary> summaries) {
        return links.stream().map(link -> LinkRow.of(link, summaries)).toList();
    }
}
