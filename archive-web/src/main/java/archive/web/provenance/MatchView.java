package archive.web.provenance;

import java.util.List;

/**
 * The match page: the form with the text a reader pasted (kept for another try), and after a look-up its likely
 * sources best first, or why there are none; after a refusal, why ({@code problem}).
 *
 * @param searched    whether a look-up ran (so an empty {@code sources} means none were found)
 * @param emptyReason why the look-up found no source, or null
 * @param maxBytes    the largest text the archive looks up
 */
public record MatchView(String text, String problem, boolean searched, List<MatchRow> sources, String emptyReason,
        long maxBytes) {

    static MatchView form(long maxBytes) {
        return new MatchView("", null, false, List.of(), null, maxBytes);
    }

    static MatchView refused(String text, String problem, long maxBytes) {
        return new MatchView(text, problem, false, List.of(), null, maxBytes);
    }

    static MatchView results(String text, List<MatchRow> sources, String emptyReason, long maxBytes) {
        return new MatchView(text, null, true, sources, emptyReason, maxBytes);
    }
}
