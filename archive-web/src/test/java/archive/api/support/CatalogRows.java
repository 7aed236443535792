package archive.api.support;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.util.List;

/** The catalog's rows of one document, to be lost while the OCFL store keeps the object. */
public final class CatalogRows {

    /** Every catalog row that names the document, children before parents. */
    private static final List<String> DELETIONS = List.of(
            "delete from provenance_link where derived_id = ?1 or source_id = ?1",
            "delete from provenance_key where document_id = ?1",
            "delete from provenance_indexed where document_id = ?1",
            "delete from document_search where document_id = ?1",
            "delete from metadata_extraction where document_id = ?1",
            "delete from metadata_field where document_id = ?1",
            "delete from metadata_correction where document_id = ?1",
            "delete from metadata_flag where document_id = ?1",
            "delete from archive_event where document_id = ?1",
            "delete from document_version where document_id = ?1",
            "delete from oai_record where document_id = ?1",
            "delete from document where id = ?1");

    private CatalogRows() {
    }

    public static void forget(EntityManager entityManager, String documentId) {
        QuarkusTransaction.requiringNew().run(() -> DELETIONS.forEach(delete -> entityManager
                .createNativeQuery(delete)
                .setParameter(1, documentId)
                .executeUpdate()));
    }
}
