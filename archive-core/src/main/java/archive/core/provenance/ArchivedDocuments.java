package archive.core.provenance;

import archive.core.provenance.analysis.Document;
import archive.core.provenance.index.CandidateIndex;
import archive.core.catalog.DocumentId;
import archive.core.metadata.catalog.DocumentMetadata;
import archive.core.retrieval.TextRetrieval;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Archived documents as provenance compares them: the current text with the {@link CatalogFacts} of the current
 * metadata, read through the metadata's read service, many documents at a time. Callers bring the transaction.
 */
@ApplicationScoped
public class ArchivedDocuments {

    private final TextRetrieval texts;
    private final DocumentMetadata metadata;

    public ArchivedDocuments(TextRetrieval texts, DocumentMetadata metadata) {
        this.texts = texts;
        this.metadata = metadata;
    }

    /** The facts of these documents in two queries, however many there are. */
    public Map<String, CatalogFacts> facts(Collection<String> documentIds) {
        Map<String, CatalogFacts> facts = new HashMap<>();
        metadata.current(documentIds, CatalogFacts.FIELDS).forEach((id, current) -> facts.put(id,
                CatalogFacts.of(current)));
        return facts;
    }

    public CatalogFacts facts(String documentId) {
        return facts(List.of(documentId)).get(documentId);
    }

    /** The document with its current text. */
    public Document current(String documentId) {
        return current(documentId, facts(documentId));
    }

    Document current(String documentId, CatalogFacts facts) {
        return facts.document(documentId, new String(texts.current(new DocumentId(documentId)).bytes(),
                StandardCharsets.UTF_8));
    }

    /** The candidates of one look-up, with {@code held} (documents the caller has built already) used as they are. */
    LookupDocuments forLookup(CandidateIndex index, Document... held) {
        return new LookupDocuments(index, this, List.of(held));
    }
}
