package archive.core.cluster;

import archive.core.catalog.MetadataVersionArchived;
import archive.core.catalog.TextDerivation;
import archive.core.catalog.VersionsArchived;
import archive.core.metadata.catalog.MetadataCorrected;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.util.List;
import org.hibernate.Session;

/**
 * Tells the other nodes what this one changed, with {@code pg_notify} inside the transaction that makes the change:
 * PostgreSQL delivers a notification only once that transaction commits (nothing for one rolled back), in commit
 * order. This node's own caches are invalidated directly by their observers, so a writer reads its write at once.
 */
@ApplicationScoped
public class ChangeNotifier {

    private final EntityManager entityManager;
    private final ClusterNode node;

    public ChangeNotifier(EntityManager entityManager, ClusterNode node) {
        this.entityManager = entityManager;
        this.node = node;
    }

    void onVersionsArchived(@Observes VersionsArchived archived) {
        notifyOthers(ChangeNotice.Kind.VERSIONS,
                archived.versions().stream().map(version -> version.version().documentId).distinct().toList());
    }

    void onMetadataVersionArchived(@Observes MetadataVersionArchived archived) {
        notifyOthers(ChangeNotice.Kind.METADATA, List.of(archived.documentId()));
    }

    void onTextDerivation(@Observes TextDerivation derivation) {
        notifyOthers(ChangeNotice.Kind.DERIVED, List.of(derivation.version().documentId));
    }

    /**
     * Provenance detected again for a correction (ProvenanceService's observer, priority 500, runs first) committed
     * in a transaction of its own, after the correction's notification was sent.
     */
    void afterCorrection(@Observes(during = TransactionPhase.AFTER_SUCCESS)
            @Priority(Interceptor.Priority.APPLICATION + 600) MetadataCorrected corrected) {
        QuarkusTransaction.requiringNew()
                .run(() -> notifyOthers(ChangeNotice.Kind.DERIVED, List.of(corrected.documentId())));
    }

    /** In the caller's transaction. */
    void notifyOthers(ChangeNotice.Kind kind, List<String> documentIds) {
        List<ChangeNotice> notices = ChangeNotice.split(node.id(), kind, documentIds);
        entityManager.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                for (ChangeNotice notice : notices) {
                    notify.setString(1, ChangeNotice.CHANNEL);
                    notify.setString(2, notice.payload());
                    notify.execute();
                }
            }
        });
    }
}
