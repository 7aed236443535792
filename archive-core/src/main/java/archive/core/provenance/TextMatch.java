package archive.core.provenance;

import archive.core.provenance.alignment.CoveredChars;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.scoring.ProvenanceCandidate;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Where a text that is not archived may come from: every candidate the look-up ranked that shares meaningful text
 * with it (at least one aligned passage) or that detection would record anyway, best first, each with what detection
 * would make of it had the text been archived. When there is none, {@code emptyReason} says why; else it is null.
 */
public record TextMatch(List<Source> sources, String emptyReason) {

    static final String NO_CONTENT = "The text has no sentence of article content, only lines that read as headings, "
            + "navigation, credits or web addresses, so there is nothing to look for. Send the article's paragraphs.";
    /** Lines are what tells furniture from content, so one line is judged as a whole. */
    static final String NO_CONTENT_IN_ONE_LINE = "The text is a single line, and that line reads as a heading, "
            + "navigation, a credit or a web address rather than article content, so there is nothing to look for. "
            + "Send the article with its line breaks.";
    static final String NOTHING_SHARED = "Nothing in the archive shares meaningful text with this text: no passage "
            + "of it was found in an archived document.";

    public TextMatch {
        sources = List.copyOf(sources);
    }

    /**
     * @param wouldAccept    detection would link the text to this source without review (status auto)
     * @param wouldPropose   detection would propose the link to a librarian (status proposed)
     * @param explainedShare share of the text's characters inside one of the evidence passages, in [0, 1]
     */
    public record Source(ProvenanceCandidate candidate, boolean wouldAccept, boolean wouldPropose,
                         double explainedShare) {
    }

    /** {@code hasContent} is asked only when the list is empty, to tell a text without content from an unknown one. */
    static TextMatch of(Document text, List<ProvenanceCandidate> ranked, BooleanSupplier hasContent) {
        List<Source> sources = ranked.stream()
                .filter(c -> !c.evidence().passages().isEmpty() || ProvenanceService.detectedStatus(c).isPresent())
                .map(c -> source(c, text.text().length()))
                .toList();
        if (!sources.isEmpty()) {
            return new TextMatch(sources, null);
        }
        if (hasContent.getAsBoolean()) {
            return new TextMatch(sources, NOTHING_SHARED);
        }
        return new TextMatch(sources, text.text().strip().indexOf('\n') < 0 ? NO_CONTENT_IN_ONE_LINE : NO_CONTENT);
    }

    private static Source source(ProvenanceCandidate candidate, int length) {
        LinkStatus status = ProvenanceService.detectedStatus(candidate).orElse(null);
        CoveredChars explained = new CoveredChars();
        candidate.evidence().passages().forEach(p -> explained.add(p.derivedStart(), p.derivedEnd()));
        return new Source(candidate, status == LinkStatus.AUTO, status == LinkStatus.PROPOSED,
                length == 0 ? 0 : explained.overlap(0, length) / (double) length);
    }
}
