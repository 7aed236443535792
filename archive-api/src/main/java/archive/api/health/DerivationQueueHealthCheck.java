package archive.api.health;

import archive.core.ingest.Derivations;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * How many documents still wait for their metadata and provenance to be derived (after a bulk import), under
 * {@code /q/health/well}. Always up: a queue is work in progress, not a fault.
 */
@Wellness
@ApplicationScoped
public class DerivationQueueHealthCheck implements HealthCheck {

    private final Derivations derivations;

    public DerivationQueueHealthCheck(Derivations derivations) {
        this.derivations = derivations;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("derivation-queue").up().withData("queued", derivations.queued()).build();
    }
}
