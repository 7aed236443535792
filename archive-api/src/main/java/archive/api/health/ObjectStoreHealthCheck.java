package archive.api.health;

import archive.core.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the OCFL store is present and writable (the database has Quarkus's own check). */
@Readiness
@ApplicationScoped
public class ObjectStoreHealthCheck implements HealthCheck {

    private final ObjectStore store;

    public ObjectStoreHealthCheck(ObjectStore store) {
        this.store = store;
    }

    @Override
    public HealthCheckResponse call() {
        boolean usable = Files.isRegularFile(store.root().resolve("0=ocfl_1.1"))
                && Files.isWritable(store.root());
        return HealthCheckResponse.named("ocfl-store").status(usable).withData("root", store.root().toString())
                .build();
    }
}
