package archive.core.provenance;

import archive.core.provenance.index.CandidateHit;
import archive.core.provenance.index.CandidateIndex;
import archive.core.provenance.index.FeatureKind;
import archive.core.provenance.index.Fingerprints;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** {@link CandidateIndex} held in memory: one {@link PostingTable} per feature kind. */
public final class InMemoryCandidateIndex implements CandidateIndex {

    /** Keys in more documents than this are boilerplate (site furniture, stock phrases, common names). */
    public static final int DEFAULT_MAX_DOCUMENTS_PER_KEY = 100;

    private final Map<FeatureKind, PostingTable> tables = new EnumMap<>(FeatureKind.class);
    private final List<String> documentIds = new ArrayList<>();

    public InMemoryCandidateIndex() {
        this(DEFAULT_MAX_DOCUMENTS_PER_KEY);
    }

    public InMemoryCandidateIndex(int maxDocumentsPerKey) {
        for (FeatureKind kind : FeatureKind.values()) {
            tables.put(kind, new PostingTable(maxDocumentsPerKey));
        }
    }

    @Override
    public synchronized void add(String documentId, Fingerprints fingerprints) {
        int ordinal = documentIds.size();
        documentIds.add(documentId);
        for (FeatureKind kind : FeatureKind.values()) {
            PostingTable table = tables.get(kind);
            for (long key : fingerprints.keys(kind)) {
                table.add(key, ordinal);
            }
        }
    }

    @Override
    public synchronized List<CandidateHit> candidates(Fingerprints query, int limit) {
        Map<Integer, double[]> hitsByDocument = new HashMap<>();
        for (FeatureKind kind : FeatureKind.values()) {
            PostingTable table = tables.get(kind);
            double weight = kind.lookupWeight();
            for (long key : query.lookupKeys(kind)) {
                table.forEach(key, document -> {
                    double[] hits = hitsByDocument.computeIfAbsent(document, d -> new double[2]);
                    hits[0]++;
                    hits[1] += weight;
                });
            }
        }
        return hitsByDocument.entrySet().stream()
                .map(e -> new CandidateHit(documentIds.get(e.getKey()), (int) e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparingDouble(CandidateHit::weightedHits).reversed()
                        .thenComparing(CandidateHit::documentId))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized long rowCount() {
        return tables.values().stream().mapToLong(PostingTable::rows).sum();
    }
}
