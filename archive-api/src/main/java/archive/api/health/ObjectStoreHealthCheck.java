package archive.api.health;

import archive.core.storage.ObjectStore;
import archive.core.storage.StoreBackend;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the OCFL store can be used: its directory present and writable, or its bucket reachable with the
 * storage root's declaration in it (the database has Quarkus's own check).
 */
@Readiness
@ApplicationScoped
public class ObjectStoreHealthCheck implements HealthCheck {

    private final ObjectStore store;

    public ObjectStoreHealthCheck(ObjectStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        StoreBackend backend = store.backend();
        return HealthCheckResponse.named("ocfl-store").status(backend.usable())
                .withData("storage", backend.kind().name().toLowerCase(Locale.ROOT))
                .withData("location", backend.location())
                .build();
    }
}
