package archive.core.provenance.alignment;

import archive.core.provenance.analysis.AnalyzedText;
import archive.core.provenance.analysis.Sentence;
import archive.core.provenance.analysis.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Union of char intervals. */
public final class CoveredChars {

    private final List<Span> intervals = new ArrayList<>();

    public void add(int start, int end) {
        if (end > start) {
            intervals.add(new Span(start, end));
        }
    }

    double shareOf(AnalyzedText text) {
        if (text.contentChars == 0) {
            return 0;
        }
        int covered = 0;
        for (Span merged : merged()) {
            for (Sentence s : text.sentences) {
                if (s.content()) {
                    covered += merged.overlap(s.start(), s.end());
                }
            }
        }
        return Math.min(1.0, covered / (double) text.contentChars);
    }

    /** Chars of [start, end) already in the union. */
    public int overlap(int start, int end) {
        int overlap = 0;
        for (Span s : merged()) {
            overlap += s.overlap(start, end);
        }
        return overlap;
    }

    private List<Span> merged() {
        List<Span> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(Span::start));
        List<Span> merged = new ArrayList<>();
        for (Span s : sorted) {
            if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
                Span last = merged.remove(merged.size() - 1);
                merged.add(new Span(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
