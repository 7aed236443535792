package archive.web.provenance;

import java.util.Locale;

/**
 * One likely source of a pasted text as the match page lists it: which archived document, how much of the text its
 * passages explain, how alike the two are, what detection would make of the link, and both texts aligned.
 *
 * @param rank      the place in the ranking, from 1
 * @param publisher the source's publisher, or null when unknown
 * @param published its publication date as its metadata gives it, or null when unknown
 */
public record MatchRow(int rank, String sourceId, String title, String publisher, String published,
        double explainedShare, String score, String relation, boolean wouldAccept, boolean wouldPropose,
        AlignedPair aligned) {

    /** "83%"; a share too small to round to 1% but not nothing reads "under 1%". */
    public String share() {
        long percent = Math.round(explainedShare * 100);
        return percent == 0 && explainedShare > 0 ? "under 1%" : percent + "%";
    }

    /** The share as a percentage for a meter element, in the page's number format. */
    public String sharePercent() {
        return String.format(Locale.ENGLISH, "%.1f", explainedShare * 100);
    }

    public String sourcePath() {
        return "/documents/" + sourceId;
    }

    /** The document page's cite box. */
    public String citePath() {
        return sourcePath() + "#cite";
    }

    /** Prefixes of the passage anchors in each text, unique on the page (several sources are aligned on it). */
    public String pastedAnchor() {
        return "m" + rank + "-p-";
    }

    public String sourceAnchor() {
        return "m" + rank + "-s-";
    }

    /** Names of the two aligned texts for screen readers, unique on the page. */
    public String pastedLabel() {
        return "Your text, aligned with source " + rank;
    }

    public String sourceLabel() {
        return "Source " + rank + ": " + title;
    }
}
