package archive.web.provenance;

import archive.core.metadata.catalog.MetadataSummary;
import archive.core.provenance.LinkStatus;
import archive.core.provenance.ProvenanceLink;
import archive.core.provenance.scoring.Relation;
import java.util.Locale;
import java.util.Map;

/**
 * One provenance link as the pages list it: the rewrite, its candidate source, how alike they are, what relation
 * detection saw and where the link stands.
 */
public record LinkRow(String derivedId, String derivedTitle, String sourceId, String sourceTitle, String score,
        Relation relation, LinkStatus status) {

    static LinkRow of(ProvenanceLink link, Map<String, MetadataSummary> summaries) {
        return new LinkRow(link.derivedId, title(link.derivedId, summaries), link.sourceId,
                title(link.sourceId, summaries), score(link.score), link.relation, link.status);
    }

    /** Whether a librarian may still confirm or reject it (a decided link can be decided again, the other way). */
    public boolean confirmable() {
        return status != LinkStatus.CONFIRMED;
    }

    public boolean rejectable() {
        return status != LinkStatus.REJECTED;
    }

    public String comparePath() {
        return "/documents/" + derivedId + "/compare/" + sourceId;
    }

    /** Scores as every provenance list shows them: two decimals. */
    static String score(double score) {
        return String.format(Locale.ENGLISH, "%.2f", score);
    }

    /** A document's title, or its id while its metadata has none. */
    static String title(String id, Map<String, MetadataSummary> summaries) {
        MetadataSummary summary = summaries.get(id);
        return summary == null || summary.title() == null ? id : summary.title();
    }
}
