package archive.core.memento;

import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.metadata.catalog.DocumentMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** The mementos of a document, or of every document found at (or crediting) one address, and TimeGate choices. */
@ApplicationScoped
@Transactional
public class MementoLookup {

    private final Catalog catalog;
    private final DocumentMetadata metadata;

    public MementoLookup(Catalog catalog, DocumentMetadata metadata) {
        this.catalog = catalog;
        this.metadata = metadata;
    }

    public Mementos ofDocument(DocumentId id) {
        catalog.require(id);
        return new Mementos(catalog.versions(id));
    }

    /**
     * Every version of every document whose sourceUrl is this address. The address is compared exactly after
     * trimming: a look-up by URL is for the address a document gives, not for pages that resemble it.
     */
    public Mementos ofOriginal(String url) {
        List<String> ids = metadata.documentsWithSourceUrl(url.strip());
        if (ids.isEmpty()) {
            throw new OriginalNotArchivedException(url);
        }
        return new Mementos(catalog.versions(ids));
    }
}
