package archive.core.provenance.alignment;

import archive.core.provenance.analysis.AnalyzedText;
import archive.core.provenance.analysis.Sentence;
import archive.core.text.TextSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Union of char intervals. */
public final class CoveredChars {

    private final List<TextSpan> intervals = new ArrayList<>();

    public void add(int start, int end) {
        if (end > start) {
            intervals.add(new TextSpan(start, end));
        }
    }

    double shareOf(AnalyzedText text) {
        if (text.contentChars == 0) {
            return 0;
        }
        int covered = 0;
        for (TextSpan merged : merged()) {
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
        for (TextSpan s : merged()) {
            overlap += s.overlap(start, end);
        }
        return overlap;
    }

    private List<TextSpan> merged() {
        List<TextSpan> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.comparingInt(TextSpan::start));
        List<TextSpan> merged = new ArrayList<>();
        for (TextSpan s : sorted) {
            if (!merged.isEmpty() && s.start() <= merged.get(merged.size() - 1).end()) {
                TextSpan last = merged.remove(merged.size() - 1);
                merged.add(new TextSpan(last.start(), Math.max(last.end(), s.end())));
            } else {
                merged.add(s);
            }
        }
        return merged;
    }
}
