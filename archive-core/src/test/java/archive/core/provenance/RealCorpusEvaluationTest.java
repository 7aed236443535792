package archive.core.provenance;

import archive.core.provenance.alignment.EvidencePassage;
import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.Document;
import archive.core.provenance.analysis.PublicationDates;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.scoring.ProvenanceDetector;
import archive.core.provenance.scoring.Relation;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.core.provenance.RealCorpus.Page;
import archive.core.provenance.RealCorpus.Pair;
import archive.core.provenance.RealCorpus.Role;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How today's detector does on the real corpus (README.md in src/test/resources/provenance/real/): the yardstick of
 * issue 13, the generated corpus of {@link ProvenanceCorpusTest} being only a second test.
 *
 * <p>Two runs, both from the text alone (ids carry no role, site or URL; dates are what {@link Document#of} reads
 * from the text), as production builds its documents:
 * <ul>
 *   <li><b>archive</b>: every page is archived in pages.csv order (originals, distractors, derived, orphans), each
 *   detected on arrival, and earlier pages re-ranked when the newcomer qualifies as their source, as
 *   {@link ProvenanceService} does; the links each page ends with are measured.</li>
 *   <li><b>match</b>: only the originals, the distractors and the DoD pages that are themselves sources are archived;
 *   each other derived page and orphan is looked up as a text that is not archived (POST /api/v1/provenance/match),
 *   the way issue 13's observations were made.</li>
 *   <li><b>archive, with URLs</b>: the archive run with each page's URL in its {@link Document}, which production
 *   does not pass today (issue 13 asks that it should): printed to show what the URL alone changes.</li>
 * </ul>
 * A candidate is listed (qualifies) when it is related and scores at least {@link ProvenanceDetector#PROPOSE}; it is
 * accepted at {@link ProvenanceDetector#AUTO_ACCEPT}.
 */
class RealCorpusEvaluationTest {

    private static final Map<String, Page> PAGES = RealCorpus.pages();
    private static final List<Pair> TRUTH = RealCorpus.truth();
    /** Role-free document ids, so neither ranking ties nor anything else can read the label off the file name. */
    private static final Map<String, String> ID = new HashMap<>();
    private static final Map<String, String> FILE = new HashMap<>();
    private static final Map<String, Set<String>> SOURCES = new HashMap<>();
    private static final Map<String, String> RELATION = new HashMap<>();
    private static final Set<String> TEXTUAL = Set.of("verbatim", "excerpt", "paraphrase");

    private static Measures archive;
    private static Measures archiveWithUrls;
    private static Measures match;

    @BeforeAll
    static void runAllThree() {
        for (String file : PAGES.keySet()) {
            String id = "doc-" + UUID.nameUUIDFromBytes(file.getBytes(StandardCharsets.UTF_8)).toString().substring(0, 13);
            if (FILE.put(id, file) != null) {
                throw new IllegalStateException("id clash " + id);
            }
            ID.put(file, id);
        }
        for (Pair pair : TRUTH) {
            SOURCES.computeIfAbsent(pair.derived(), k -> new HashSet<>()).add(pair.source());
            RELATION.putIfAbsent(pair.derived(), pair.relation());
        }
        Map<Role, int[]> authoritative = new TreeMap<>();
        for (Page page : PAGES.values()) {
            int[] counts = authoritative.computeIfAbsent(page.role(), r -> new int[2]);
            counts[0] += AnalyzedDocument.of(Document.of(ID.get(page.file()), page.text())).authoritative() ? 1 : 0;
            counts[1]++;
        }
        System.out.print("pages read as defense.gov/.mil originals from their text alone:");
        authoritative.forEach((role, c) -> System.out.printf(" %s %d of %d;", role, c[0], c[1]));
        System.out.println();
        archive = measure("archive", archiveRun(false));
        archiveWithUrls = measure("archive, with URLs", archiveRun(true));
        match = measure("match", matchRun());
    }

    // ------------------------------------------------------------------ runs

    /** Final ranked candidates of every page, by file. */
    private static Map<String, List<ProvenanceCandidate>> archiveRun(boolean withUrls) {
        InMemoryTermStatistics statistics = new InMemoryTermStatistics();
        ProvenanceDetector detector = new ProvenanceDetector(statistics);
        Map<String, Document> archived = new HashMap<>();
        ProvenanceLookup lookup = new ProvenanceLookup(new InMemoryCandidateIndex(), statistics, archived::get, detector,
                ProvenanceLookup.RERANKED_CANDIDATES);
        Map<String, List<ProvenanceCandidate>> ranked = new LinkedHashMap<>();
        long start = System.nanoTime();
        int lookups = 0;
        for (Page page : PAGES.values()) {
            Document document = withUrls
                    ? new Document(ID.get(page.file()), page.text(), page.url(), PublicationDates.infer(page.text()))
                    : Document.of(ID.get(page.file()), page.text());
            archived.put(document.id(), document);
            lookup.add(document);
            List<ProvenanceCandidate> sources = lookup.findSources(document);
            lookups++;
            ranked.put(page.file(), sources);
            // ProvenanceService.recheckEarlierCopies: archive order is not publication order.
            List<Document> earlier = sources.stream().limit(5).map(c -> archived.get(c.sourceId())).toList();
            List<ProvenanceCandidate> asSource = detector.assessAsSourceOfEach(document, earlier);
            for (int i = 0; i < earlier.size(); i++) {
                if (qualifies(asSource.get(i))) {
                    ranked.put(FILE.get(earlier.get(i).id()), lookup.findSources(earlier.get(i)));
                    lookups++;
                }
            }
        }
        System.out.printf("archive run%s: %d pages, %d look-ups, %.1f ms per look-up%n", withUrls ? " with URLs" : "",
                PAGES.size(), lookups,
                (System.nanoTime() - start) / 1e6 / lookups);
        return ranked;
    }

    private static Map<String, List<ProvenanceCandidate>> matchRun() {
        Set<String> sourceFiles = new HashSet<>();
        TRUTH.forEach(p -> sourceFiles.add(p.source()));
        InMemoryTermStatistics statistics = new InMemoryTermStatistics();
        Map<String, Document> archived = new HashMap<>();
        ProvenanceLookup lookup = new ProvenanceLookup(new InMemoryCandidateIndex(), statistics, archived::get);
        List<Page> queries = new ArrayList<>();
        for (Page page : PAGES.values()) {
            boolean archivedPage = page.role() == Role.ORIGINAL || page.role() == Role.DISTRACTOR
                    || sourceFiles.contains(page.file());
            if (archivedPage) {
                Document document = Document.of(ID.get(page.file()), page.text());
                archived.put(document.id(), document);
                lookup.add(document);
            } else {
                queries.add(page);
            }
        }
        Map<String, List<ProvenanceCandidate>> ranked = new LinkedHashMap<>();
        long start = System.nanoTime();
        for (Page page : queries) {
            ranked.put(page.file(), lookup.findSources(Document.of("", page.text())));
        }
        System.out.printf("match run: %d archived, %d texts looked up, %.1f ms per look-up%n", archived.size(),
                queries.size(), (System.nanoTime() - start) / 1e6 / queries.size());
        return ranked;
    }

    // ------------------------------------------------------------------ measures

    static final class Row {
        int pages;
        int topCorrect;
        int acceptedCorrect;
        int empty;
        int topSibling;
        int trueListed;
        int accepted;
        /** The relation the detector gives the labelled source, wherever it ranks it. */
        final Map<Relation, Integer> trueRelations = new TreeMap<>();
        final List<Double> trueScores = new ArrayList<>();

        double rate(int count) {
            return pages == 0 ? Double.NaN : count / (double) pages;
        }
    }

    record Measures(Map<String, Row> perRelation, int acceptedLinks, int acceptedTrue, int textualPairs,
                    Map<Role, int[]> acceptedOnRole, double passageRecall, double passagePrecision, int passageCases,
                    int passageDetections) {

        double top1(String relation) {
            Row row = perRelation.get(relation);
            return row.rate(row.topCorrect);
        }

        double precision() {
            return acceptedLinks == 0 ? Double.NaN : acceptedTrue / (double) acceptedLinks;
        }

        double recall() {
            return acceptedTrue / (double) textualPairs;
        }

        /** Pages of the role with at least one accepted link, and pages of the role measured. */
        int[] falseAccepted(Role role) {
            return acceptedOnRole.getOrDefault(role, new int[2]);
        }
    }

    private static Measures measure(String run, Map<String, List<ProvenanceCandidate>> ranked) {
        System.out.println();
        System.out.println("=== " + run + " run ===");
        Map<String, Row> rows = new TreeMap<>();
        for (String relation : List.of("verbatim", "excerpt", "paraphrase", "same-event")) {
            rows.put(relation, new Row());
        }
        List<String> failures = new ArrayList<>();
        int acceptedLinks = 0;
        int acceptedTrue = 0;
        Map<Role, int[]> onRole = new TreeMap<>();
        for (Map.Entry<String, List<ProvenanceCandidate>> entry : ranked.entrySet()) {
            String file = entry.getKey();
            Page page = PAGES.get(file);
            List<ProvenanceCandidate> listed = entry.getValue().stream().filter(RealCorpusEvaluationTest::qualifies).toList();
            Set<String> truth = SOURCES.getOrDefault(file, Set.of());
            List<ProvenanceCandidate> acceptedHere = listed.stream()
                    .filter(c -> c.score() >= ProvenanceDetector.AUTO_ACCEPT).toList();
            boolean textual = TEXTUAL.contains(RELATION.getOrDefault(file, ""));
            for (ProvenanceCandidate c : acceptedHere) {
                acceptedLinks++;
                if (textual && truth.contains(FILE.get(c.sourceId()))) {
                    acceptedTrue++;
                }
            }
            if (page.role() != Role.DERIVED) {
                int[] counts = onRole.computeIfAbsent(page.role(), r -> new int[2]);
                counts[1]++;
                if (!acceptedHere.isEmpty()) {
                    counts[0]++;
                    failures.add(String.format("ACCEPTED on %s %s -> %s", page.role(), file, describe(acceptedHere.get(0))));
                }
                continue;
            }
            Row row = rows.get(RELATION.get(file));
            row.pages++;
            if (listed.isEmpty()) {
                row.empty++;
            }
            ProvenanceCandidate top = listed.isEmpty() ? null : listed.get(0);
            boolean topRight = top != null && truth.contains(FILE.get(top.sourceId()));
            row.topCorrect += topRight ? 1 : 0;
            row.trueListed += listed.stream().anyMatch(c -> truth.contains(FILE.get(c.sourceId()))) ? 1 : 0;
            row.accepted += acceptedHere.isEmpty() ? 0 : 1;
            row.acceptedCorrect += acceptedHere.stream().anyMatch(c -> truth.contains(FILE.get(c.sourceId()))) ? 1 : 0;
            if (top != null && !topRight && isSibling(file, FILE.get(top.sourceId()))) {
                row.topSibling++;
            }
            ProvenanceCandidate trueCandidate = entry.getValue().stream()
                    .filter(c -> truth.contains(FILE.get(c.sourceId()))).findFirst().orElse(null);
            if (trueCandidate != null) {
                row.trueRelations.merge(trueCandidate.relation(), 1, Integer::sum);
                row.trueScores.add(trueCandidate.score());
            }
            if (!topRight) {
                int rank = trueCandidate == null ? -1 : entry.getValue().indexOf(trueCandidate) + 1;
                failures.add(String.format("MISS %-10s %s: top %s; true source %s", RELATION.get(file), file,
                        top == null ? "(nothing listed)" : describe(top),
                        trueCandidate == null ? "not among the candidates" : "rank " + rank + " " + describe(trueCandidate)));
            }
        }
        System.out.printf("%-11s %5s %6s %8s %6s %8s %8s %8s  %s%n", "relation", "pages", "top-1", "listedOK", "empty",
                "topSibl.", "accepted", "acceptOK", "labelled source as the detector sees it: relations / score p50");
        rows.forEach((relation, r) -> System.out.printf("%-11s %5d %6.3f %8.3f %6d %8d %8d %8.3f  %s / %.2f%n", relation,
                r.pages, r.rate(r.topCorrect), r.rate(r.trueListed), r.empty, r.topSibling, r.accepted,
                r.rate(r.acceptedCorrect), r.trueRelations, median(r.trueScores)));
        System.out.println("  top-1: the first listed candidate is a labelled source; listedOK: a labelled source is listed;"
                + " empty: nothing listed; topSibl.: the first listed is another copy of the same source; accepted:"
                + " pages with an accepted link (for same-event pages a false one); acceptOK: share with a labelled"
                + " source accepted.");
        int textualPairs = (int) TRUTH.stream()
                .filter(p -> TEXTUAL.contains(p.relation()) && ranked.containsKey(p.derived())).count();
        System.out.printf("accepted links: %d, of which to a labelled textual source %d: precision %.3f, recall %.3f"
                        + " (of %d textual pairs)%n", acceptedLinks, acceptedTrue,
                acceptedLinks == 0 ? Double.NaN : acceptedTrue / (double) acceptedLinks,
                acceptedTrue / (double) textualPairs, textualPairs);
        onRole.forEach((role, c) -> System.out.printf("pages with an accepted link among %s: %d of %d%n", role, c[0], c[1]));
        double[] pan = passages(ranked);
        System.out.printf("evidence passages (PAN-style, %d annotated cases, %d detections touching them): recall %.3f,"
                + " precision %.3f%n", (int) pan[2], (int) pan[3], pan[0], pan[1]);
        failures.forEach(f -> System.out.println("  " + f));
        return new Measures(rows, acceptedLinks, acceptedTrue, textualPairs, onRole, pan[0], pan[1], (int) pan[2],
                (int) pan[3]);
    }

    /**
     * PAN-style passage measures (Potthast et al. 2010) over the annotated evidence of textual pairs. A case is the
     * evidence span in the derived text with its span in the source; a detection is a passage of the candidate for
     * that source, and it detects the case when it overlaps it on both sides. Recall: per case, the share of its
     * chars (both sides) inside detecting passages, averaged. Precision: per passage that overlaps the case's derived
     * span, the share of its chars (both sides) inside the case, averaged; a passage whose source side is elsewhere
     * counts 0. Truth annotates one sentence per pair, not all shared text, so precision is a lower bound.
     */
    private static double[] passages(Map<String, List<ProvenanceCandidate>> ranked) {
        double recall = 0;
        double precision = 0;
        int cases = 0;
        int detections = 0;
        for (Pair pair : TRUTH) {
            if (!TEXTUAL.contains(pair.relation()) || !ranked.containsKey(pair.derived())) {
                continue;
            }
            cases++;
            ProvenanceCandidate candidate = ranked.get(pair.derived()).stream()
                    .filter(c -> FILE.get(c.sourceId()).equals(pair.source())).findFirst().orElse(null);
            if (candidate == null) {
                continue;
            }
            boolean[] derivedHit = new boolean[pair.derivedEnd() - pair.derivedStart()];
            boolean[] sourceHit = new boolean[pair.sourceEnd() - pair.sourceStart()];
            for (EvidencePassage p : candidate.evidence().passages()) {
                int derivedOverlap = overlap(p.derivedStart(), p.derivedEnd(), pair.derivedStart(), pair.derivedEnd());
                int sourceOverlap = overlap(p.sourceStart(), p.sourceEnd(), pair.sourceStart(), pair.sourceEnd());
                if (derivedOverlap == 0) {
                    continue;
                }
                detections++;
                if (sourceOverlap == 0) {
                    continue;
                }
                mark(derivedHit, p.derivedStart() - pair.derivedStart(), p.derivedEnd() - pair.derivedStart());
                mark(sourceHit, p.sourceStart() - pair.sourceStart(), p.sourceEnd() - pair.sourceStart());
                precision += (derivedOverlap + sourceOverlap)
                        / (double) (p.derivedEnd() - p.derivedStart() + p.sourceEnd() - p.sourceStart());
            }
            recall += (count(derivedHit) + count(sourceHit)) / (double) (derivedHit.length + sourceHit.length);
        }
        return new double[] {cases == 0 ? Double.NaN : recall / cases,
            detections == 0 ? Double.NaN : precision / detections, cases, detections};
    }

    private static int overlap(int start, int end, int otherStart, int otherEnd) {
        return Math.max(0, Math.min(end, otherEnd) - Math.max(start, otherStart));
    }

    private static void mark(boolean[] hit, int from, int to) {
        for (int i = Math.max(0, from); i < Math.min(hit.length, to); i++) {
            hit[i] = true;
        }
    }

    private static int count(boolean[] hit) {
        int n = 0;
        for (boolean b : hit) {
            n += b ? 1 : 0;
        }
        return n;
    }

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** Another derived page labelled with one of the same sources. */
    private static boolean isSibling(String file, String other) {
        Set<String> mine = SOURCES.getOrDefault(file, Set.of());
        return !other.equals(file) && SOURCES.getOrDefault(other, Set.of()).stream().anyMatch(mine::contains);
    }

    private static boolean qualifies(ProvenanceCandidate c) {
        return c.relation() != Relation.UNRELATED && c.score() >= ProvenanceDetector.PROPOSE;
    }

    private static String describe(ProvenanceCandidate c) {
        Function<String, String> shorten = s -> s.length() > 60 ? s.substring(0, 60) + "…" : s;
        String passage = c.evidence().passages().isEmpty() ? ""
                : " first passage \"" + shorten.apply(c.evidence().passages().get(0).derivedText().replaceAll("\\s+", " ")) + "\"";
        return String.format("%s %.2f %s (%d passages, source %s, direction %.2f)%s", FILE.get(c.sourceId()),
                c.score(), c.relation(), c.evidence().passages().size(),
                c.signals().sourceAuthoritative() ? "authoritative" : "not authoritative", c.signals().directionFactor(),
                passage);
    }

    // ------------------------------------------------------------------ floors

    /*
     * The floors below are the measured values on this corpus (rounded down a little), so the test records where the
     * detector stands and fails if it gets worse. Issue 13's goals are top-1 >= 0.95 for verbatim copies and excerpts,
     * >= 0.9 for paraphrases, and at most 1 in 50 orphans or originals with an accepted link. Raise the floors as
     * detection improves.
     */

    @Test
    void archivedCopiesFindTheirSourceNoWorseThanToday() {
        // Measured on 2026-12-03: verbatim 0.917, excerpt 0.902, paraphrase 0.786 (on 2026-12-02, before furniture
        // was learned, official pages were recognised by their chrome and a rare copied sentence made an excerpt:
        // 0.833, 0.366, 0.429). What is left are sibling copies ranked above a DoD original whose text does not show
        // it is one (no banner, no release number), and DoD News stories written from a readout, whose own chrome
        // ("You have accessed part of a historical collection on defense.gov") is in too few pages to be learned.
        assertAtLeast(archive.top1("verbatim"), 0.90, "archive top-1 verbatim");
        assertAtLeast(archive.top1("excerpt"), 0.88, "archive top-1 excerpt");
        assertAtLeast(archive.top1("paraphrase"), 0.75, "archive top-1 paraphrase");
    }

    @Test
    void matchedTextsFindTheirSourceNoWorseThanToday() {
        // Measured: verbatim 1.000, excerpt 0.974, paraphrase 1.000 (2026-12-02: 1.000, 0.718, 0.643); paraphrase
        // 0.929 until chrome sentences were learned as furniture whatever line a site puts them in.
        assertAtLeast(match.top1("verbatim"), 0.95, "match top-1 verbatim");
        assertAtLeast(match.top1("excerpt"), 0.95, "match top-1 excerpt");
        assertAtLeast(match.top1("paraphrase"), 0.90, "match top-1 paraphrase");
    }

    @Test
    void withUrlsNoWorseThanToday() {
        // Measured: verbatim 1.000, excerpt 0.976, paraphrase 0.857; 35 accepted links, 34 right (precision 0.971,
        // recall 0.486 of 70 textual pairs; war.gov and DVIDS pages count as DoD's own since they do); no orphan,
        // original or distractor with an accepted link. The .mil page that reprints a newspaper story "(via The Dayton
        // Daily News)" is the paper's copy, not its source.
        assertAtLeast(archiveWithUrls.top1("verbatim"), 0.95, "with URLs top-1 verbatim");
        assertAtLeast(archiveWithUrls.top1("excerpt"), 0.95, "with URLs top-1 excerpt");
        assertAtLeast(archiveWithUrls.top1("paraphrase"), 0.85, "with URLs top-1 paraphrase");
        assertAtLeast(archiveWithUrls.precision(), 0.95, "with URLs precision of accepted links");
        assertAtLeast(archiveWithUrls.recall(), 0.47, "with URLs recall of accepted links");
        assertTrue(archiveWithUrls.falseAccepted(Role.ORPHAN)[0] == 0, "with URLs orphans with an accepted link");
        assertTrue(archiveWithUrls.falseAccepted(Role.ORIGINAL)[0] + archiveWithUrls.falseAccepted(Role.DISTRACTOR)[0]
                == 0, "with URLs originals and distractors with an accepted link");
    }

    @Test
    void noOrphanOriginalOrDistractorGetsAnAcceptedLinkFromItsTextAlone() {
        // Measured: none of 49 orphans, 40 originals, 59 distractors in both text-only runs, with 24 links accepted
        // in the archive run, all right (precision 1.000, recall 0.343 of 70 textual pairs). The goal allows 1 in 50.
        for (Measures run : List.of(archive, match)) {
            for (Role role : List.of(Role.ORPHAN, Role.ORIGINAL, Role.DISTRACTOR)) {
                int[] counts = run.falseAccepted(role);
                assertTrue(counts[0] * 50 <= counts[1], () -> role + " pages with an accepted link: " + counts[0]);
            }
        }
        assertAtLeast(archive.precision(), 0.95, "archive precision of accepted links");
        assertAtLeast(archive.recall(), 0.30, "archive recall of accepted links");
    }

    @Test
    void evidencePassagesCoverTheAnnotatedSentencesNoWorseThanToday() {
        // Measured (archive run): PAN-style recall 0.981, precision 0.568 over 70 annotated cases. The aligner
        // finds the shared sentence; truth annotates one sentence per pair, so precision is a lower bound.
        assertAtLeast(archive.passageRecall(), 0.95, "passage recall");
        assertAtLeast(archive.passagePrecision(), 0.55, "passage precision");
    }

    private static void assertAtLeast(double measured, double floor, String what) {
        assertTrue(measured >= floor, () -> String.format("%s: %.3f, floor %.2f", what, measured, floor));
    }
}
