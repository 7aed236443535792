package archive.web.provenance;

import archive.core.catalog.DocumentId;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.metadata.catalog.MetadataSummary;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.TextMatch;
import archive.core.retrieval.TextRetrieval;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The sources a look-up found for a pasted text, as the match page lists them: titled and aligned with the text. */
@ApplicationScoped
public class MatchRows {

    private final DocumentMetadata metadata;
    private final TextRetrieval texts;

    public MatchRows(DocumentMetadata metadata, TextRetrieval texts) {
        this.metadata = metadata;
        this.texts = texts;
    }

    @Transactional
    public List<MatchRow> of(String pasted, TextMatch match) {
        Map<String, MetadataSummary> summaries = metadata.summaries(match.sources().stream()
                .map(source -> source.candidate().sourceId()).toList());
        List<MatchRow> rows = new ArrayList<>();
        for (TextMatch.Source source : match.sources()) {
            ProvenanceCandidate candidate = source.candidate();
            String id = candidate.sourceId();
            MetadataSummary summary = summaries.get(id);
            String sourceText = new String(texts.current(new DocumentId(id)).bytes(), StandardCharsets.UTF_8);
            rows.add(new MatchRow(rows.size() + 1, id, LinkRow.title(id, summaries), summary.publisher(),
                    summary.publicationDate(), source.explainedShare(), LinkRow.score(candidate.score()),
                    candidate.relation().code(), source.wouldAccept(), source.wouldPropose(),
                    AlignedPair.of(pasted, sourceText, candidate.evidence().passages())));
        }
        return rows;
    }
}
