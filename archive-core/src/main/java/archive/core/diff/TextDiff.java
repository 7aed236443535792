package archive.core.diff;

import archive.core.diff.EditScript.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two texts, line by line and, inside changed lines, word by word. The result covers both
 * texts completely: kept and deleted segments spell the old text, kept and inserted segments the new one.
 */
public final class TextDiff {

    /**
     * Tokens (lines, or words of changed lines) of a changed stretch compared in detail: some 20,000 lines or words
     * take well under a second even when nothing matches, and far less for the usual small edits.
     */
    static final int MAX_COMPARED_TOKENS = 20_000;

    private static final Pattern LINE = Pattern.compile("[^\\n]*\\n|[^\\n]+");
    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private TextDiff() {
    }

    public static Diff compare(String from, String to) {
        return compare(from, to, MAX_COMPARED_TOKENS);
    }

    static Diff compare(String from, String to, int maxTokens) {
        Builder builder = new Builder(maxTokens);
        List<String> oldLines = split(from, LINE);
        List<String> newLines = split(to, LINE);
        Optional<List<Step>> script = EditScript.between(oldLines, newLines, maxTokens);
        if (script.isEmpty()) {
            builder.approximate = true;
            builder.replace(from, to);
            return builder.build();
        }
        StringBuilder deleted = new StringBuilder();
        StringBuilder inserted = new StringBuilder();
        int i = 0;
        int j = 0;
        for (Step step : script.get()) {
            switch (step) {
                case KEEP -> {
                    builder.words(deleted, inserted);
                    builder.add(Diff.Change.KEPT, oldLines.get(i++));
                    j++;
                }
                case DELETE -> deleted.append(oldLines.get(i++));
                case INSERT -> inserted.append(newLines.get(j++));
            }
        }
        builder.words(deleted, inserted);
        return builder.build();
    }

    private static List<String> split(String text, Pattern pattern) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            parts.add(matcher.group());
        }
        return parts;
    }

    static int wordCount(String text) {
        return (int) WORD.matcher(text).results().count();
    }

    /** Collects segments, merging neighbours of the same kind. */
    private static final class Builder {
        private final int maxTokens;
        private final List<Diff.Segment> segments = new ArrayList<>();
        private boolean approximate;

        Builder(int maxTokens) {
            this.maxTokens = maxTokens;
        }

        /** A block of changed lines, compared word by word (or replaced whole when too large). */
        void words(StringBuilder deleted, StringBuilder inserted) {
            if (deleted.isEmpty() || inserted.isEmpty()) {
                add(Diff.Change.DELETED, deleted.toString());
                add(Diff.Change.INSERTED, inserted.toString());
            } else {
                List<String> oldTokens = split(deleted.toString(), TOKEN);
                List<String> newTokens = split(inserted.toString(), TOKEN);
                Optional<List<Step>> script = EditScript.between(oldTokens, newTokens, maxTokens);
                if (script.isEmpty()) {
                    approximate = true;
                    replace(deleted.toString(), inserted.toString());
                } else {
                    apply(script.get(), oldTokens, newTokens);
                }
            }
            deleted.setLength(0);
            inserted.setLength(0);
        }

        private void apply(List<Step> script, List<String> oldTokens, List<String> newTokens) {
            int i = 0;
            int j = 0;
            for (Step step : script) {
                switch (step) {
                    case KEEP -> {
                        add(Diff.Change.KEPT, oldTokens.get(i++));
                        j++;
                    }
                    case DELETE -> add(Diff.Change.DELETED, oldTokens.get(i++));
                    case INSERT -> add(Diff.Change.INSERTED, newTokens.get(j++));
                }
            }
        }

        void replace(String from, String to) {
            add(Diff.Change.DELETED, from);
            add(Diff.Change.INSERTED, to);
        }

        void add(Diff.Change change, String text) {
            if (text.isEmpty()) {
                return;
            }
            int last = segments.size() - 1;
            if (last >= 0 && segments.get(last).change() == change) {
                segments.set(last, new Diff.Segment(change, segments.get(last).text() + text));
            } else {
                segments.add(new Diff.Segment(change, text));
            }
        }

        /**
         * Joins changes separated only by spaces or a lone mark ("ends today" → "ended yesterday" reads as one change,
         * not two), each run of changes becoming its deleted text followed by its inserted text.
         */
        Diff build() {
            List<Diff.Segment> joined = new ArrayList<>();
            StringBuilder deleted = new StringBuilder();
            StringBuilder inserted = new StringBuilder();
            for (int k = 0; k < segments.size(); k++) {
                Diff.Segment segment = segments.get(k);
                boolean betweenChanges = segment.change() == Diff.Change.KEPT && k > 0 && k < segments.size() - 1
                        && joins(segment.text());
                if (segment.change() == Diff.Change.DELETED || betweenChanges) {
                    deleted.append(segment.text());
                }
                if (segment.change() == Diff.Change.INSERTED || betweenChanges) {
                    inserted.append(segment.text());
                }
                if (segment.change() == Diff.Change.KEPT && !betweenChanges) {
                    flush(joined, deleted, inserted);
                    joined.add(segment);
                }
            }
            flush(joined, deleted, inserted);
            return new Diff(List.copyOf(joined), approximate);
        }

        /** Spaces or a lone mark ("-", ", ") inside a line: too little to read as text kept between changes. */
        private static boolean joins(String kept) {
            return kept.indexOf('\n') < 0 && kept.strip().length() <= 1 && !WORD.matcher(kept).find();
        }

        private static void flush(List<Diff.Segment> joined, StringBuilder deleted, StringBuilder inserted) {
            if (!deleted.isEmpty()) {
                joined.add(new Diff.Segment(Diff.Change.DELETED, deleted.toString()));
            }
            if (!inserted.isEmpty()) {
                joined.add(new Diff.Segment(Diff.Change.INSERTED, inserted.toString()));
            }
            deleted.setLength(0);
            inserted.setLength(0);
        }
    }
}
