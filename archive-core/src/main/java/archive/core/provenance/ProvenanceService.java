package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.index.CandidateIndex;
import archive.core.provenance.index.TermStatistics;
import archive.core.provenance.scoring.ProvenanceCandidate;
import archive.core.provenance.scoring.ProvenanceDetector;
import archive.core.provenance.scoring.Relation;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.catalog.EventType;
import archive.core.catalog.TextDerivation;
import archive.core.citation.AcceptedSource;
import archive.core.citation.SourceLinks;
import archive.core.ingest.ContentRejectedException;
import archive.core.ingest.ContentValidator;
import archive.core.ingest.DocumentLocks;
import archive.core.ingest.MetadataRevisions;
import archive.core.metadata.catalog.MetadataCorrected;
import archive.core.retrieval.TextRetrieval;
import archive.core.storage.ObjectMetadata.LinkDecision;
import archive.core.work.WorkerPools;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Finds the sources of archived texts and keeps the links: detection when a version is archived, review by
 * librarians (decisions survive re-detection), derivatives, and matching of texts that are not archived.
 */
@ApplicationScoped
public class ProvenanceService implements SourceLinks {

    static final String METHOD = "fingerprint-index+alignment/1";
    static final String MANUAL = "librarian";
    /**
     * The PostgreSQL advisory lock (two-key form: the archive's document locks use the one-key form, a separate key
     * space) that serializes detections across nodes; held until the detection's transaction ends.
     */
    static final int[] DETECTION_LOCK = {0x61726368, 1}; // "arch", detection
    /** How many of a new document's nearest neighbours are re-checked as its possible derivatives. */
    private static final int REVERSE_CHECKS = 5;
    private static final Logger LOG = Logger.getLogger(ProvenanceService.class);

    private final CandidateIndex index;
    private final TermStatistics statistics;
    private final TextRetrieval texts;
    private final ArchivedDocuments archive;
    private final DocumentLocks locks;
    private final Catalog catalog;
    private final ContentValidator validator;
    private final EvidenceCodec codec;
    private final MetadataRevisions revisions;
    /**
     * One for the archive, so its cache of analysed candidates serves every detection: the originals of a story
     * come back as candidates for each of its copies.
     */
    private final ProvenanceDetector detector;
    private final Clock clock;
    /**
     * Detections update counts they share (keys, terms, the corpus size) and each must see the one before it, or a
     * link between two documents detected at once is lost: one at a time, so none deadlock and none is lost. Across
     * nodes the detection's transaction takes {@link #DETECTION_LOCK}; this node's detections queue here first, so
     * that a waiting one does not hold a database connection.
     */
    private final ReentrantLock detecting = new ReentrantLock();
    /** A document's or a pasted text's candidate sources: fingerprint, index, ranking. */
    private final Timer detections;
    private final Timer matches;

    /** This bean through its proxy, so that detection gets its own transaction. */
    private final Instance<ProvenanceService> self;

    public ProvenanceService(PostgresCandidateIndex index, PostgresTermStatistics statistics, TextRetrieval texts,
            ArchivedDocuments archive, DocumentLocks locks, Catalog catalog, ContentValidator validator,
            EvidenceCodec codec, MetadataRevisions revisions, WorkerPools pools, MeterRegistry registry, Clock clock,
            Instance<ProvenanceService> self) {
        this.self = self;
        this.clock = clock;
        this.index = index;
        this.statistics = statistics;
        this.texts = texts;
        this.archive = archive;
        this.locks = locks;
        this.catalog = catalog;
        this.validator = validator;
        this.codec = codec;
        this.revisions = revisions;
        this.detector = new ProvenanceDetector(statistics, ProvenanceDetector.DEFAULT_ANALYSIS_CACHE_SIZE,
                pools.comparisons());
        detector.analysisCacheMetrics().bindTo(registry);
        detections = Timer.builder("archive.provenance.lookups").tag("kind", "archived")
                .description("Look-ups of the sources of an archived text").register(registry);
        matches = Timer.builder("archive.provenance.lookups").tag("kind", "pasted")
                .description("Look-ups of the sources of a pasted text (POST /api/v1/provenance/match)")
                .register(registry);
    }

    /**
     * While the document's current text is derived from: detection must never cost the document its metadata, so
     * it runs in its own transaction and a failure is logged, not propagated. The document's catalog facts are read
     * here, in the derivation's transaction: the metadata just extracted from this version (an earlier observer) is
     * not committed yet, so detection's own transaction would not see it. Step 4 of
     * {@link archive.core.ingest.DerivationPipeline}, the last.
     */
    public void detect(TextDerivation derivation) {
        String documentId = derivation.version().documentId;
        detecting.lock();
        try {
            CatalogFacts facts = archive.facts(documentId);
            self.get().detect(documentId, derivation.version().number,
                    new String(derivation.text(), StandardCharsets.UTF_8), facts);
        } catch (RuntimeException e) {
            LOG.errorf(e, "provenance detection failed for %s version %d", derivation.version().documentId,
                    derivation.version().number);
        } finally {
            detecting.unlock();
        }
    }

    /** Its own transaction, so a failure rolls back the detection alone. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void detect(String documentId, int version, String text, CatalogFacts facts) {
        waitForOtherDetections();
        Document derived = facts.document(documentId, text);
        LookupDocuments documents = archive.forLookup(index, derived);
        ProvenanceLookup lookup = lookup(documents);
        IndexedVersion indexed = IndexedVersion.<IndexedVersion>findByIdOptional(documentId).orElse(null);
        if (indexed == null) {
            indexed = new IndexedVersion();
            indexed.documentId = documentId;
            lookup.add(derived);
        } else {
            lookup.replace(facts.document(documentId, new String(texts.version(new DocumentId(documentId),
                    indexed.textVersion).bytes(), StandardCharsets.UTF_8)), derived);
        }
        indexed.textVersion = version;
        indexed.persist();
        List<ProvenanceCandidate> ranked = detections.record(() -> lookup.findSources(derived));
        record(documentId, version, ranked);
        recheckEarlierCopies(derived, ranked, List.of(), lookup, documents);
    }

    /**
     * A librarian corrected what the catalog knows of the document's address, date or kind: once the correction is
     * committed, its provenance is detected again with the new facts. Like detection at ingest, a failure is logged:
     * the correction itself stands.
     */
    void onMetadataCorrected(@Observes(during = TransactionPhase.AFTER_SUCCESS) MetadataCorrected corrected,
            ProvenanceService self) {
        if (corrected.fields().stream().noneMatch(CatalogFacts.FIELDS::contains)) {
            return;
        }
        locks.withLock(corrected.documentId(), () -> {
            detecting.lock();
            try {
                self.redetect(corrected.documentId());
            } catch (RuntimeException e) {
                LOG.errorf(e, "provenance detection after the correction of %s failed", corrected.documentId());
            } finally {
                detecting.unlock();
            }
            return null;
        });
    }

    /**
     * The document's facts changed, not its text: its sources are ranked again, and so are those of the documents
     * that link to it or may copy it, since they meet it with its new facts. Decided links stay as they are.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void redetect(String documentId) {
        waitForOtherDetections();
        Document document = archive.current(documentId);
        LookupDocuments documents = archive.forLookup(index, document);
        ProvenanceLookup lookup = lookup(documents);
        List<ProvenanceCandidate> ranked = detections.record(() -> lookup.findSources(document));
        record(documentId, catalog.document(documentId).orElseThrow().currentVersion, ranked);
        List<String> linked = ProvenanceLink.<ProvenanceLink>list("sourceId", documentId).stream()
                .map(link -> link.derivedId).toList();
        recheckEarlierCopies(document, ranked, linked, lookup, documents);
    }

    /** What detection would make of a text that is not archived (nothing is stored). */
    @Transactional
    public TextMatch match(byte[] text) {
        validator.validate(text);
        Document pasted = Document.of("", new String(text, StandardCharsets.UTF_8));
        if (pasted.text().isBlank()) {
            throw new ContentRejectedException(ContentRejectedException.Reason.EMPTY,
                    "The text is only white space; send the text to look up.");
        }
        ProvenanceLookup lookup = lookup(archive.forLookup(index));
        return TextMatch.of(pasted, matches.record(() -> lookup.findSources(pasted)),
                () -> detector.analyze(pasted).text().contentChars > 0);
    }

    @Transactional
    public List<ProvenanceLink> candidates(DocumentId documentId) {
        catalog.require(documentId);
        return ProvenanceLink.list("derivedId = ?1 order by score desc, sourceId", documentId.value());
    }

    @Transactional
    public List<ProvenanceLink> derivatives(DocumentId sourceId) {
        catalog.require(sourceId);
        return ProvenanceLink.list("sourceId = ?1 and status <> ?2 order by score desc, derivedId", sourceId.value(),
                LinkStatus.REJECTED);
    }

    /** The confirmed source of a document, else its best automatically accepted one. */
    @Override
    @Transactional
    public Optional<AcceptedSource> acceptedSourceOf(String documentId) {
        return ProvenanceLink.<ProvenanceLink>find("derivedId = ?1 and status in (?2, ?3) "
                        + "order by case when status = ?2 then 0 else 1 end, score desc", documentId,
                        LinkStatus.CONFIRMED, LinkStatus.AUTO)
                .<ProvenanceLink>firstResultOptional().map(link -> new AcceptedSource(link.sourceId, link.status));
    }

    /**
     * A librarian confirms or rejects a link; a link not proposed by detection is assessed and created. The decision
     * is archived in the derived document's metadata.json (a new OCFL version), so the store alone can restore it;
     * repeating the standing decision changes nothing.
     */
    public ProvenanceLink decide(DocumentId derived, DocumentId source, LinkStatus status, String agent) {
        if (!status.decided()) {
            throw new InvalidProvenanceException("A librarian's decision is 'confirmed' or 'rejected', not '"
                    + status.code() + "'.");
        }
        if (derived.equals(source)) {
            throw new InvalidProvenanceException("A document cannot be its own source.");
        }
        catalog.require(derived);
        catalog.require(source);
        String derivedId = derived.value();
        String sourceId = source.value();
        revisions.revise(derived, EventType.PROVENANCE_DECISION, agent, head -> {
            Optional<LinkDecision> standing = standingDecisions(head.provenanceDecisions()).stream()
                    .filter(decision -> decision.sourceId().equals(sourceId)).findFirst();
            if (standing.isPresent() && standing.get().status() == status) {
                return Optional.empty();
            }
            List<LinkDecision> all = new ArrayList<>(head.provenanceDecisions());
            // Microseconds: what PostgreSQL keeps, so the catalog and metadata.json agree exactly.
            all.add(new LinkDecision(sourceId, status, agent, clock.instant()));
            return Optional.of(new MetadataRevisions.Revision(
                    head.withProvenanceDecisions(all, EventType.PROVENANCE_DECISION),
                    status.code() + " " + derivedId + " → " + sourceId));
        });
        return link(derivedId, sourceId);
    }

    @Transactional
    public ProvenanceLink link(String derivedId, String sourceId) {
        return ProvenanceLink.<ProvenanceLink>find("derivedId = ?1 and sourceId = ?2", derivedId, sourceId)
                .firstResult();
    }

    /**
     * Brings the links of a derived document in line with the decisions its metadata.json carries; a decision whose
     * source is not (yet) in the catalog waits for the next call (a rebuild applies them again once every document
     * is back). Returns how many links changed.
     */
    @Transactional
    public int applyDecisions(String derivedId, List<LinkDecision> decisions) {
        int changed = 0;
        for (LinkDecision decision : standingDecisions(decisions)) {
            if (catalog.document(decision.sourceId()).isEmpty()) {
                LOG.debugf("decision on %s -> %s waits for its source", derivedId, decision.sourceId());
                continue;
            }
            ProvenanceLink link = ProvenanceLink.<ProvenanceLink>find("derivedId = ?1 and sourceId = ?2", derivedId,
                    decision.sourceId()).firstResultOptional()
                    .orElseGet(() -> assessManually(derivedId, decision.sourceId()));
            if (decision.status() == link.status && decision.by().equals(link.decidedBy)
                    && decision.at().equals(link.decidedAt)) {
                continue;
            }
            link.status = decision.status();
            link.decidedBy = decision.by();
            link.decidedAt = decision.at();
            link.persist();
            changed++;
            LOG.infof("%s %s provenance link %s -> %s", decision.by(), decision.status().code(), derivedId,
                    decision.sourceId());
        }
        return changed;
    }

    /** The newest decision per source, in the order the sources were first decided. */
    private static List<LinkDecision> standingDecisions(List<LinkDecision> decisions) {
        Map<String, LinkDecision> standing = new LinkedHashMap<>();
        decisions.forEach(decision -> standing.put(decision.sourceId(), decision));
        return List.copyOf(standing.values());
    }

    private ProvenanceLink assessManually(String derivedId, String sourceId) {
        ProvenanceCandidate assessed = detector.rank(archive.current(derivedId), List.of(archive.current(sourceId)))
                .get(0);
        ProvenanceLink link = newLink(derivedId, catalog.document(derivedId).orElseThrow().currentVersion, assessed);
        link.method = MANUAL;
        if (assessed.relation() == Relation.UNRELATED) {
            // The librarian knows something the texts don't show; keep the weakest textual relation on record.
            link.relation = Relation.SAME_EVENT;
        }
        return link;
    }

    private void record(String derivedId, int version, List<ProvenanceCandidate> ranked) {
        List<ProvenanceLink> existing = ProvenanceLink.list("derivedId", derivedId);
        for (ProvenanceLink link : existing) {
            if (!link.decided()) {
                link.delete();
            }
        }
        ProvenanceLink.flush();
        for (ProvenanceCandidate candidate : qualifying(ranked)) {
            Optional<ProvenanceLink> decided = existing.stream()
                    .filter(l -> l.decided() && l.sourceId.equals(candidate.sourceId())).findFirst();
            ProvenanceLink link = decided.orElseGet(() -> newLink(derivedId, version, candidate));
            if (decided.isPresent()) {
                // Detection stands behind the link now (its score and evidence replace any manual assessment).
                link.method = METHOD;
                refresh(link, version, candidate);
            }
            link.persist();
        }
    }

    /**
     * A new document may be the source of copies archived before it (archive order is not publication order): where
     * the pair qualifies, the earlier document's sources are ranked again with the newcomer among them, so the
     * ranking (roots before copies, older before later) decides, not the order of arrival. The sources of the
     * {@code linked} documents are ranked again whatever the pair's assessment.
     */
    private void recheckEarlierCopies(Document newcomer, List<ProvenanceCandidate> neighbours,
            Collection<String> linked, ProvenanceLookup lookup, LookupDocuments documents) {
        List<Document> earlier = neighbours.stream().limit(REVERSE_CHECKS)
                .map(neighbour -> documents.load(neighbour.sourceId())).toList();
        List<ProvenanceCandidate> newcomerAsSource = detector.assessAsSourceOfEach(newcomer, earlier);
        Set<String> recheck = new LinkedHashSet<>(linked);
        for (int i = 0; i < earlier.size(); i++) {
            if (qualifies(newcomerAsSource.get(i))) {
                recheck.add(earlier.get(i).id());
            }
        }
        for (String id : recheck) {
            record(id, catalog.document(id).orElseThrow().currentVersion, lookup.findSources(documents.load(id)));
        }
    }

    private ProvenanceLink newLink(String derivedId, int version, ProvenanceCandidate candidate) {
        ProvenanceLink link = new ProvenanceLink();
        link.derivedId = derivedId;
        link.sourceId = candidate.sourceId();
        link.method = METHOD;
        refresh(link, version, candidate);
        // A pair only a librarian links (see assessManually) starts as proposed; the decision replaces it.
        link.status = detectedStatus(candidate).orElse(LinkStatus.PROPOSED);
        return link;
    }

    private void refresh(ProvenanceLink link, int version, ProvenanceCandidate candidate) {
        link.derivedVersion = version;
        link.score = Math.max(0, Math.min(1, candidate.score()));
        link.relation = candidate.relation() == Relation.UNRELATED ? Relation.SAME_EVENT : candidate.relation();
        link.evidence = codec.write(candidate.evidence(), candidate.signals());
        link.detectedAt = clock.instant();
    }

    private static List<ProvenanceCandidate> qualifying(List<ProvenanceCandidate> ranked) {
        return ranked.stream().filter(ProvenanceService::qualifies).toList();
    }

    private static boolean qualifies(ProvenanceCandidate candidate) {
        return detectedStatus(candidate).isPresent();
    }

    /**
     * The one rule for what detection records of a candidate: a link accepted without review (auto), one proposed
     * to a librarian, or (empty) none. Links of archived texts and look-ups of pasted ones both follow it.
     */
    static Optional<LinkStatus> detectedStatus(ProvenanceCandidate candidate) {
        if (candidate.relation() == Relation.UNRELATED || candidate.score() < ProvenanceDetector.PROPOSE) {
            return Optional.empty();
        }
        return Optional.of(candidate.score() >= ProvenanceDetector.AUTO_ACCEPT ? LinkStatus.AUTO : LinkStatus.PROPOSED);
    }

    /**
     * The first statement of a detection's transaction: what it reads afterwards includes everything every earlier
     * detection, on any node, committed.
     */
    private static void waitForOtherDetections() {
        ProvenanceLink.getEntityManager().createNativeQuery("select 1 from pg_advisory_xact_lock(?1, ?2)")
                .setParameter(1, DETECTION_LOCK[0]).setParameter(2, DETECTION_LOCK[1]).getSingleResult();
    }

    private ProvenanceLookup lookup(LookupDocuments documents) {
        return new ProvenanceLookup(documents, statistics, documents::load, detector,
                ProvenanceLookup.RERANKED_CANDIDATES);
    }
}
