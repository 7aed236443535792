package archive.core.cluster;

import archive.core.citation.CitableDocuments;
import archive.core.retrieval.CurrentVersions;
import archive.core.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What this node keeps in memory that another node's change makes stale: current versions, assembled citation
 * inputs, and ocfl-java's inventories of the file-system store. Archived bytes (cached by SHA-256) and analysed
 * provenance candidates (reused only for the very same text and facts) never are.
 */
@ApplicationScoped
public class NodeCaches {

    private final CurrentVersions currentVersions;
    private final CitableDocuments citations;
    private final ObjectStore store;

    public NodeCaches(CurrentVersions currentVersions, CitableDocuments citations, ObjectStore store) {
        this.currentVersions = currentVersions;
        this.citations = citations;
        this.store = store;
    }

    /** Forgets what the notice names; it has committed, so whatever is read next is at least as new. */
    void apply(ChangeNotice notice) {
        if (notice.kind() == ChangeNotice.Kind.VERSIONS) {
            notice.documentIds().forEach(currentVersions::forget);
        }
        if (notice.kind() != ChangeNotice.Kind.DERIVED) {
            // a new OCFL version, of text or of metadata
            notice.documentIds().forEach(store::forgetCachedInventory);
        }
        citations.changed();
    }

    /** Forgets everything: notifications may have been missed (no connection, a payload not understood). */
    void dropAll() {
        currentVersions.forgetAll();
        store.forgetCachedInventories();
        citations.changed();
    }
}
