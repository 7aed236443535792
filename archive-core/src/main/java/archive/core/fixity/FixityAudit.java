package archive.core.fixity;

import archive.core.catalog.ArchiveEvent;
import archive.core.catalog.Catalog;
import archive.core.catalog.DocumentId;
import archive.core.catalog.DocumentVersion;
import archive.core.catalog.EventType;
import archive.core.storage.ContentDigest;
import archive.core.storage.ObjectStore;
import archive.core.storage.StoreIssue;
import archive.core.storage.StoredFileMissingException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Re-reads every stored version and checks it twice: our SHA-256 and size of record against the catalog, and OCFL's
 * own validation (every file's sha512 against the inventory, the inventory against its sidecar). Damage is reported
 * per document by {@link Corruption} kind, with one event per document.
 */
@ApplicationScoped
public class FixityAudit {

    private static final Logger LOG = Logger.getLogger(FixityAudit.class);
    private static final int BATCH = 500;

    private final Catalog catalog;
    private final ObjectStore store;

    private final Counter documentsVerified;
    private final Counter documentsFailed;

    private final Clock clock;

    public FixityAudit(Catalog catalog, ObjectStore store, MeterRegistry registry, Clock clock) {
        this.clock = clock;
        this.catalog = catalog;
        this.store = store;
        this.documentsVerified = Counter.builder("archive.fixity.documents").tag("result", "verified")
                .description("Documents whose every version matched its SHA-256 and SHA-512").register(registry);
        this.documentsFailed = Counter.builder("archive.fixity.documents").tag("result", "failed")
                .description("Documents with a version missing or not matching its digests").register(registry);
    }

    public FixityReport run(String agent) {
        Instant started = clock.instant();
        int checked = 0;
        int versions = 0;
        List<FixityReport.Failure> failures = new ArrayList<>();
        for (int page = 0;; page++) {
            List<String> ids = catalog.documentIds(Page.of(page, BATCH));
            for (String id : ids) {
                List<DocumentVersion> documentVersions = catalog.versions(new DocumentId(id));
                List<Finding> findings = check(id, documentVersions);
                checked++;
                versions += documentVersions.size();
                (findings.isEmpty() ? documentsVerified : documentsFailed).increment();
                if (!findings.isEmpty()) {
                    failures.add(new FixityReport.Failure(id,
                            findings.stream().map(f -> f.kind().code()).distinct().toList(),
                            findings.stream().map(Finding::detail).toList()));
                }
                catalog.recordEvent(ArchiveEvent.of(clock.instant(), EventType.FIXITY_CHECK, id, null, findings.isEmpty(), agent,
                        findings.isEmpty() ? documentVersions.size() + " version(s) verified (sha256, sha512)"
                                : String.join("; ", findings.stream().map(Finding::describe).toList())));
            }
            if (ids.size() < BATCH) {
                break;
            }
        }
        FixityReport report = new FixityReport(started, clock.instant(), checked, versions, checked - failures.size(),
                failures);
        LOG.infof("fixity audit by %s: %d documents, %d versions, %d failed", agent, checked, versions,
                failures.size());
        return report;
    }

    private record Finding(Corruption kind, String detail) {
        String describe() {
            return kind.code() + ": " + detail;
        }
    }

    private List<Finding> check(String id, List<DocumentVersion> versions) {
        List<Finding> findings = new ArrayList<>();
        for (DocumentVersion version : versions) {
            checkVersion(id, version, findings);
        }
        for (StoreIssue issue : store.validate(id)) {
            findings.add(new Finding(Corruption.ofOcflIssue(issue.code()),
                    "OCFL " + (issue.code() == null ? "" : issue.code() + " ") + issue.message()));
        }
        return findings;
    }

    private void checkVersion(String id, DocumentVersion version, List<Finding> findings) {
        byte[] stored;
        try {
            stored = store.readText(id, version.ocflVersion);
        } catch (StoredFileMissingException e) {
            findings.add(new Finding(Corruption.FILE_MISSING, "version " + version.number + ": " + e.getMessage()));
            return;
        }
        String actual = ContentDigest.sha256Hex(stored);
        if (stored.length != version.size) {
            findings.add(new Finding(Corruption.SIZE_CHANGED, "version " + version.number + ": the stored file has "
                    + stored.length + " bytes, " + version.size + " were archived (SHA-256 is " + actual + ")"));
        } else if (!actual.equals(version.sha256)) {
            findings.add(new Finding(Corruption.CONTENT_CHANGED, "version " + version.number + ": SHA-256 is "
                    + actual + ", expected " + version.sha256));
        }
    }
}
