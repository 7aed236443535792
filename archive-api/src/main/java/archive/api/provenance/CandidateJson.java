package archive.api.provenance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * One candidate source with the evidence for it: aligned passages with character offsets into both texts, how much
 * of each text they cover, and the signals behind the score. A candidate for a text that is not archived has no
 * status; it says instead what detection would make of it ({@code wouldAccept}, {@code wouldPropose}) and how much
 * of the text its passages explain ({@code explainedShare}: characters inside a passage over the text's length).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CandidateJson(
        String sourceId,
        double score,
        String relation,
        String status,
        String method,
        List<PassageJson> evidence,
        CoverageJson coverage,
        Object signals,
        Instant detectedAt,
        String decidedBy,
        Instant decidedAt,
        String compare,
        Boolean wouldAccept,
        Boolean wouldPropose,
        Double explainedShare) {

    /** An aligned passage pair; offsets are UTF-16 character offsets, end exclusive. */
    public record PassageJson(String kind, Span derived, Span source, double similarity) {
    }

    public record Span(int start, int end, String text) {
    }

    public record CoverageJson(double derived, double derivedWeighted, double sourceWeighted,
            int longestVerbatimWords) {
    }
}
