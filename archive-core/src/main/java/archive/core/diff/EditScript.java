package archive.core.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shortest way to turn one token list into another by keeping, deleting and inserting tokens, from their longest
 * common subsequence. Common starts and ends are matched directly; the table for the rest costs rows × columns, so
 * a change larger than the budget has no script and callers show it as a whole replacement.
 */
final class EditScript {

    enum Step {
        KEEP, DELETE, INSERT
    }

    private EditScript() {
    }

    /** The steps from {@code from} to {@code to}, deletions before insertions at each change. */
    static Optional<List<Step>> between(List<String> from, List<String> to, long maxCells) {
        int prefix = 0;
        while (prefix < from.size() && prefix < to.size() && from.get(prefix).equals(to.get(prefix))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < from.size() - prefix && suffix < to.size() - prefix
                && from.get(from.size() - 1 - suffix).equals(to.get(to.size() - 1 - suffix))) {
            suffix++;
        }
        // Tokens as small integers (equal tokens, equal numbers), so the table compares numbers, not strings.
        Map<String, Integer> numbers = new HashMap<>();
        int[] a = numbered(from.subList(prefix, from.size() - suffix), numbers);
        int[] b = numbered(to.subList(prefix, to.size() - suffix), numbers);
        if ((long) (a.length + 1) * (b.length + 1) > maxCells) {
            return Optional.empty();
        }
        List<Step> steps = new ArrayList<>(from.size() + to.size());
        steps.addAll(Collections.nCopies(prefix, Step.KEEP));
        steps.addAll(middle(a, b));
        steps.addAll(Collections.nCopies(suffix, Step.KEEP));
        return Optional.of(steps);
    }

    /** Classic LCS table, lengths of the common subsequence of the suffixes a[i..] and b[j..], walked forwards. */
    private static List<Step> middle(int[] a, int[] b) {
        int columns = b.length + 1;
        int[] lengths = new int[(a.length + 1) * columns];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                lengths[i * columns + j] = a[i] == b[j] ? lengths[(i + 1) * columns + j + 1] + 1
                        : Math.max(lengths[(i + 1) * columns + j], lengths[i * columns + j + 1]);
            }
        }
        List<Step> steps = new ArrayList<>(a.length + b.length);
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i] == b[j]) {
                steps.add(Step.KEEP);
                i++;
                j++;
            } else if (j == b.length || (i < a.length
                    && lengths[(i + 1) * columns + j] >= lengths[i * columns + j + 1])) {
                steps.add(Step.DELETE);
                i++;
            } else {
                steps.add(Step.INSERT);
                j++;
            }
        }
        return steps;
    }

    private static int[] numbered(List<String> tokens, Map<String, Integer> numbers) {
        return tokens.stream().mapToInt(token -> numbers.computeIfAbsent(token, unseen -> numbers.size())).toArray();
    }
}
