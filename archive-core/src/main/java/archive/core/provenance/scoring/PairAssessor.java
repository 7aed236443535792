package archive.core.provenance.scoring;

import archive.core.provenance.alignment.Evidence;
import archive.core.provenance.alignment.MassCoverage;
import archive.core.provenance.alignment.PassageAligner;
import archive.core.provenance.alignment.PassageKind;
import archive.core.provenance.analysis.AnalyzedDocument;
import archive.core.provenance.analysis.PublicationDate;
import archive.core.provenance.index.TermWeights;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.IdentityHashMap;
import java.util.Map;

/** Aligns one derived document with one candidate source and scores the link. */
public final class PairAssessor {

    /** Event dates up to this many days before the source's publication still count as "its" event. */
    private static final int EVENT_DAYS_BEFORE_PUBLICATION = 1;

    private final TermWeights weights;
    private final Map<AnalyzedDocument, double[]> tokenWeights = new IdentityHashMap<>();

    PairAssessor(TermWeights weights) {
        this.weights = weights;
    }

    ProvenanceCandidate assess(AnalyzedDocument derived, AnalyzedDocument source) {
        Evidence evidence = PassageAligner.align(derived, tokenWeights(derived), source, tokenWeights(source), weights);
        ProvenanceSignals signals = signals(derived, source, evidence);
        Relation relation = RelationClassifier.classify(evidence, signals);
        return new ProvenanceCandidate(source.id(), ProvenanceScorer.score(relation, evidence, signals), relation,
                evidence, signals);
    }

    /**
     * The derived document meets every candidate: its token weights are computed once. Thread-safe, for candidates
     * assessed side by side; a document's weights are the same whichever thread computes them.
     */
    private double[] tokenWeights(AnalyzedDocument document) {
        synchronized (tokenWeights) {
            double[] known = tokenWeights.get(document);
            if (known != null) {
                return known;
            }
        }
        double[] computed = MassCoverage.tokenWeights(document.text(), weights);
        synchronized (tokenWeights) {
            tokenWeights.putIfAbsent(document, computed);
        }
        return computed;
    }

    private ProvenanceSignals signals(AnalyzedDocument derived, AnalyzedDocument source, Evidence evidence) {
        PublicationDate derivedDate = derived.document().publishedOn();
        PublicationDate sourceDate = source.document().publishedOn();
        boolean sourceAfterDerived = derivedDate.isTrusted() && sourceDate.isTrusted()
                && sourceDate.date().isAfter(derivedDate.date());
        Credit credit = CreditDetector.credit(derived, source);
        boolean sourceCreditsDerived = CreditDetector.reprints(source, derived);
        boolean eventDateMatch = eventDateMatch(derived, source);
        boolean eventDatesDiffer = !eventDateMatch && !derived.dateMentions().isEmpty()
                && !source.dateMentions().isEmpty();
        return new ProvenanceSignals((int) evidence.count(PassageKind.QUOTATION),
                EntityOverlap.of(derived.entities(), source.entities(), weights), eventDateMatch, eventDatesDiffer, credit, source.authoritative(), derived.authoritative(),
                sourceAfterDerived,
                DirectionRule.factor(derived.authoritative(), source.authoritative(), sourceAfterDerived || sourceCreditsDerived,
                        credit == Credit.EXACT), null);
    }

    private static boolean eventDateMatch(AnalyzedDocument derived, AnalyzedDocument source) {
        PublicationDate published = source.document().publishedOn();
        for (LocalDate mention : derived.dateMentions()) {
            if (published.isTrusted()) {
                long daysBefore = ChronoUnit.DAYS.between(mention, published.date());
                if (daysBefore >= -EVENT_DAYS_BEFORE_PUBLICATION && daysBefore <= EVENT_DAYS_BEFORE_PUBLICATION) {
                    return true;
                }
            }
            if (source.dateMentions().contains(mention)) {
                return true;
            }
        }
        return false;
    }
}
