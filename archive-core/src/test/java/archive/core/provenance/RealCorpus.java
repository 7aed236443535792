package archive.core.provenance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The real labelled provenance corpus under {@code src/test/resources/provenance/real/}: pages retrieved from the
 * web exactly as stored (see its README.md), {@code pages.csv} (one row per page, in archive order) and
 * {@code truth.csv} (derived page, its source, the relation and a sentence present in both, with offsets).
 */
final class RealCorpus {

    static final String ROOT = "/provenance/real/";

    enum Role { ORIGINAL, DERIVED, ORPHAN, DISTRACTOR }

    /** One page; {@code chars} is the length pages.csv records for the text. */
    record Page(String file, String url, Role role, String site, String retrievedOn, boolean truncated, int chars,
                String text) {
    }

    /** One labelled pair; offsets are char offsets (end exclusive) of the evidence in each text. */
    record Pair(String derived, String source, String relation, String evidence, int derivedStart, int derivedEnd,
                int sourceStart, int sourceEnd) {
    }

    private RealCorpus() {
    }

    /** The pages in archive order (pages.csv order), keyed by file name. */
    static Map<String, Page> pages() {
        Map<String, Page> pages = new LinkedHashMap<>();
        List<List<String>> rows = csv(read("pages.csv"));
        requireHeader(rows, List.of("file", "url", "role", "site", "retrieved_on", "truncated", "chars"));
        for (List<String> row : rows.subList(1, rows.size())) {
            String file = row.get(0);
            Page page = new Page(file, row.get(1), Role.valueOf(row.get(2).toUpperCase()), row.get(3), row.get(4),
                    row.get(5).equals("yes"), Integer.parseInt(row.get(6)), read(file));
            if (pages.put(file, page) != null) {
                throw new IllegalStateException("listed twice in pages.csv: " + file);
            }
        }
        return pages;
    }

    static List<Pair> truth() {
        List<List<String>> rows = csv(read("truth.csv"));
        requireHeader(rows, List.of("derived", "source", "relation", "evidence", "derived_start", "derived_end",
                "source_start", "source_end"));
        List<Pair> pairs = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            pairs.add(new Pair(row.get(0), row.get(1), row.get(2), row.get(3), Integer.parseInt(row.get(4)),
                    Integer.parseInt(row.get(5)), Integer.parseInt(row.get(6)), Integer.parseInt(row.get(7))));
        }
        return pairs;
    }

    /** Whether a resource of the corpus exists. */
    static boolean exists(String file) {
        return RealCorpus.class.getResource(ROOT + file) != null;
    }

    /** A corpus file, decoded strictly as UTF-8. */
    static String read(String file) {
        try (InputStream in = RealCorpus.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing corpus file " + file);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes()))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " is not UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String QUOTES = "'\"\u2018\u2019\u201C\u201D";

    /**
     * The evidence as a pattern that tolerates what the corpus's copies change without changing the words: any run of
     * white space for a run of white space, any straight or curly quote for a quote.
     */
    static Pattern evidencePattern(String evidence) {
        StringBuilder regex = new StringBuilder();
        boolean inSpace = false;
        for (int i = 0; i < evidence.length(); i++) {
            char c = evidence.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!inSpace) {
                    regex.append("\\s+");
                }
                inSpace = true;
                continue;
            }
            inSpace = false;
            if (QUOTES.indexOf(c) >= 0) {
                regex.append("[").append(Pattern.quote(QUOTES)).append("]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** RFC 4180: fields separated by commas, optionally double-quoted, quotes doubled inside quotes. */
    static List<List<String>> csv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }

    private static void requireHeader(List<List<String>> rows, List<String> header) {
        if (rows.isEmpty() || !rows.get(0).equals(header)) {
            throw new IllegalStateException("unexpected header " + (rows.isEmpty() ? "(empty)" : rows.get(0)));
        }
    }
}
