package archive.core.fixity;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.EventType;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectStore;
import archive.core.storage.StoredFileMissingException;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Re-reads every stored version and checks it twice: our SHA-256 of record against the catalog, and OCFL's own
 * validation (every file's sha512 against the inventory, the inventory against its sidecar). One event per document.
 */
@ApplicationScoped
public class FixityAudit {

    private static final Logger LOG = Logger.getLogger(FixityAudit.class);
    private static final int BATCH = 500;

    private final Catalog catalog;
    private final ObjectStore store;

    public FixityAudit(Catalog catalog, ObjectStore store) {
        this.catalog = catalog;
        this.store = store;
    }

    public FixityReport run(String agent) {
        Instant started = Instant.now();
        int checked = 0;
        int versions = 0;
        List<FixityReport.Failure> failures = new ArrayList<>();
        for (int page = 0;; page++) {
            List<String> ids = catalog.documentIds(Page.of(page, BATCH));
            for (String id : ids) {
                List<DocumentVersion> documentVersions = catalog.versions(id);
                List<String> problems = check(id, documentVersions);
                checked++;
                versions += documentVersions.size();
                if (!problems.isEmpty()) {
                    failures.add(new FixityReport.Failure(id, problems));
                }
                catalog.recordEvent(ArchiveEvent.of(EventType.FIXITY_CHECK, id, null, problems.isEmpty(), agent,
                        problems.isEmpty() ? documentVersions.size() + " version(s) verified (sha256, sha512)"
                                : String.join("; ", problems)));
            }
            if (ids.size() < BATCH) {
                break;
            }
        }
        FixityReport report = new FixityReport(started, Instant.now(), checked, versions, checked - failures.size(),
                failures);
        LOG.infof("fixity audit by %s: %d documents, %d versions, %d failed", agent, checked, versions,
                failures.size());
        return report;
    }

    private List<String> check(String id, List<DocumentVersion> versions) {
        List<String> problems = new ArrayList<>();
        for (DocumentVersion version : versions) {
            try {
                String actual = ContentDigest.sha256Hex(store.readText(id, version.ocflVersion));
                if (!actual.equals(version.sha256)) {
                    problems.add("version " + version.number + ": SHA-256 is " + actual + ", expected "
                            + version.sha256);
                }
            } catch (StoredFileMissingException e) {
                problems.add("version " + version.number + ": " + e.getMessage());
            }
        }
        store.validate(id).forEach(error -> problems.add("OCFL: " + error));
        return problems;
    }
}
