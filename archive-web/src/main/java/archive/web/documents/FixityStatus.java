package archive.web.documents;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.DocumentVersion;
import io.quarkus.qute.TemplateEnum;
import java.time.Instant;
import java.util.Optional;

/**
 * What the event log says about a version's integrity: the document's last fixity check covers every version that
 * existed when it ran. A version archived after it has not been checked yet.
 */
public record FixityStatus(State state, Instant checkedAt, String agent, String detail) {

    @TemplateEnum
    public enum State {
        VERIFIED("Verified"), FAILED("Check failed"), NOT_CHECKED("Not checked yet");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        public String code() {
            return name().toLowerCase().replace('_', '-');
        }
    }

    public static FixityStatus of(DocumentVersion version, Optional<ArchiveEvent> lastCheck) {
        return lastCheck.filter(check -> !check.occurredAt.isBefore(version.createdAt))
                .map(check -> new FixityStatus(check.succeeded() ? State.VERIFIED : State.FAILED,
                        check.occurredAt, check.agent, check.detail))
                .orElseGet(() -> new FixityStatus(State.NOT_CHECKED, null, null, null));
    }
}
