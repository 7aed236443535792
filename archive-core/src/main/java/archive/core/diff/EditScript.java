package archive.core.diff;

import com.github.difflib.algorithm.Change;
import com.github.difflib.algorithm.myers.MyersDiffWithLinearSpace;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The shortest way to turn one token list into another by keeping, deleting and inserting tokens: java-diff-utils'
 * Myers diff in linear space, whose cost grows with the size of the change rather than the product of the lengths.
 * Common starts and ends are matched directly; a changed middle of more than the budget's tokens has no script and
 * callers show it as a whole replacement (Myers' worst case, two unrelated texts, is quadratic).
 */
final class EditScript {

    enum Step {
        KEEP, DELETE, INSERT
    }

    private EditScript() {
    }

    /** The steps from {@code from} to {@code to}, deletions before insertions at each change. */
    static Optional<List<Step>> between(List<String> from, List<String> to, int maxTokens) {
        int prefix = 0;
        while (prefix < from.size() && prefix < to.size() && from.get(prefix).equals(to.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < from.size() - prefix && suffix < to.size() - prefix
                && from.get(from.size() - 1 - suffix).equals(to.get(to.size() - 1 - suffix))) {
            suffix++;
        }
        List<String> a = from.subList(prefix, from.size() - suffix);
        List<String> b = to.subList(prefix, to.size() - suffix);
        if ((long) a.size() + b.size() > maxTokens) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>(from.size() + to.size());
        steps.addAll(Collections.nCopies(prefix, Step.KEEP));
        steps.addAll(middle(a, b));
        steps.addAll(Collections.nCopies(suffix, Step.KEEP));
        return Optional.of(steps);
    }

    private static List<Step> middle(List<String> a, List<String> b) {
        List<Step> steps = new ArrayList<>(a.size() + b.size());
        int kept = 0;
        for (Change change : new MyersDiffWithLinearSpace<String>().computeDiff(a, b, null)) {
            steps.addAll(Collections.nCopies(change.startOriginal - kept, Step.KEEP));
            steps.addAll(Collections.nCopies(change.endOriginal - change.startOriginal, Step.DELETE));
            steps.addAll(Collections.nCopies(change.endRevised - change.startRevised, Step.INSERT));
            kept = change.endOriginal;
        }
        steps.addAll(Collections.nCopies(a.size() - kept, Step.KEEP));
        return steps;
    }
}
