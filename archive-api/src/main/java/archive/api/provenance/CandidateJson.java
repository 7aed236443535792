package archive.api.provenance;

import archive.core.provenance.LinkStatus;
import archive.core.provenance.Relation;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One candidate source with the evidence for it: aligned passages with character offsets into both texts, how much
 * of each text they cover, and the signals behind the score.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateJson(
        String sourceId,
        double score,
        Relation relation,
        LinkStatus status,
        String method,
        List<PassageJson> evidence,
        CoverageJson coverage,
        Object signals,
        Instant detectedAt,
        String decidedBy,
        Instant decidedAt,
        String compare) {

    /** An aligned passage pair; offsets are UTF-16 character offsets, end exclusive. */
    public record PassageJson(String kind, Span derived, Span source, double similarity) {
    }

    public record Span(int start, int end, String text) {
    }

    public record CoverageJson(double derived, double derivedWeighted, double sourceWeighted,
            int longestVerbatimWords) {
    }
}
