package archive.core.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.provenance.RealCorpus.Page;
import archive.core.provenance.RealCorpus.Pair;
import archive.core.provenance.RealCorpus.Role;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The real corpus is consistent: its files, its labels and the evidence each label quotes. */
class RealCorpusFilesTest {

    private static final Map<String, Page> PAGES = RealCorpus.pages();
    private static final List<Pair> TRUTH = RealCorpus.truth();
    private static final Set<String> RELATIONS = Set.of("verbatim", "excerpt", "paraphrase", "same-event");

    @Test
    void everyListedPageExistsWithTheRecordedLengthAndNoPageIsUnlisted() throws IOException, URISyntaxException {
        for (Page page : PAGES.values()) {
            assertTrue(RealCorpus.exists(page.file()), page.file());
            assertEquals(page.chars(), page.text().length(), page.file());
            assertFalse(page.text().isBlank(), page.file());
            assertTrue(page.file().startsWith(prefix(page.role())), page.file() + " is " + page.role());
            assertTrue(page.url().startsWith("http"), page.file());
            assertFalse(page.site().isBlank(), page.file());
            assertTrue(page.retrievedOn().matches("\\d{4}-\\d{2}-\\d{2}"), page.file());
        }
        Path folder = Path.of(RealCorpus.class.getResource(RealCorpus.ROOT).toURI());
        Set<String> onDisk;
        try (Stream<Path> files = Files.list(folder)) {
            onDisk = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".txt"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(new TreeSet<>(PAGES.keySet()), onDisk);
        assertEquals(PAGES.size(), PAGES.values().stream().map(Page::url).distinct().count(), "a URL listed twice");
    }

    @Test
    void truthNamesListedPagesInTheirRoles() {
        for (Pair pair : TRUTH) {
            assertTrue(PAGES.containsKey(pair.derived()), pair.derived());
            assertTrue(PAGES.containsKey(pair.source()), pair.source());
            assertEquals(Role.DERIVED, PAGES.get(pair.derived()).role(), pair.derived());
            Role source = PAGES.get(pair.source()).role();
            assertTrue(source == Role.ORIGINAL || source == Role.DERIVED, pair.source() + " is " + source);
            assertTrue(RELATIONS.contains(pair.relation()), pair.relation());
            assertFalse(pair.derived().equals(pair.source()));
        }
        Set<String> labelled = TRUTH.stream().map(Pair::derived).collect(Collectors.toSet());
        Set<String> sources = TRUTH.stream().map(Pair::source).collect(Collectors.toSet());
        for (Page page : PAGES.values()) {
            if (page.role() == Role.DERIVED) {
                assertTrue(labelled.contains(page.file()), page.file() + " has no source in truth.csv");
            }
            if (page.role() == Role.ORIGINAL) {
                assertTrue(sources.contains(page.file()), page.file() + " is the source of nothing");
            }
        }
        assertEquals(TRUTH.size(), TRUTH.stream().map(p -> p.derived() + " " + p.source()).distinct().count());
    }

    @Test
    void everyEvidenceSentenceOccursInBothTextsAtItsOffsets() {
        for (Pair pair : TRUTH) {
            String derived = PAGES.get(pair.derived()).text();
            String source = PAGES.get(pair.source()).text();
            assertEvidenceAt(pair, derived, pair.derivedStart(), pair.derivedEnd(), pair.derived());
            assertEvidenceAt(pair, source, pair.sourceStart(), pair.sourceEnd(), pair.source());
        }
    }

    private static void assertEvidenceAt(Pair pair, String text, int start, int end, String file) {
        Matcher first = RealCorpus.evidencePattern(pair.evidence()).matcher(text);
        assertTrue(first.find(), () -> "evidence not in " + file + ": " + pair.evidence());
        assertEquals(start, first.start(), file);
        assertEquals(end, first.end(), file);
        assertTrue(RealCorpus.evidencePattern(pair.evidence()).matcher(text.substring(start, end)).matches(), file);
    }

    @Test
    void theCorpusHasTheCountsIssue13AsksFor() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        PAGES.values().forEach(p -> counts.merge(p.role(), 1L, Long::sum));
        Map<String, Long> relations = TRUTH.stream().collect(Collectors.groupingBy(Pair::relation, Collectors.counting()));
        System.out.println("Real corpus: " + PAGES.size() + " pages " + counts + ", " + TRUTH.size() + " labelled pairs "
                + relations);
        assertTrue(counts.get(Role.ORIGINAL) >= 40, "originals");
        assertTrue(counts.get(Role.DERIVED) >= 60, "derived");
        assertTrue(counts.get(Role.ORPHAN) >= 15, "orphans");
        assertTrue(counts.get(Role.DISTRACTOR) >= 40, "distractors");
    }

    private static String prefix(Role role) {
        return switch (role) {
            case ORIGINAL -> "orig-";
            case DERIVED -> "derived-";
            case ORPHAN -> "orphan-";
            case DISTRACTOR -> "distractor-";
        };
    }
}
