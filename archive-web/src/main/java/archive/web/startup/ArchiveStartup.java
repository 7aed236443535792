package archive.web.startup;

import archive.core.account.AccountService;
import archive.core.config.ArchiveConfig;
import archive.core.ingest.Derivations;
import archive.core.ingest.InterruptedWrites;
import archive.core.ingest.LegacyJournal;
import archive.core.ingest.SeedImport;
import archive.core.search.MetadataFacets;
import archive.core.search.SearchIndex;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * What must happen, in this order, before the archive serves: repair what a crash left half-recorded (the write
 * intents name it, and once after an upgrade the file journal of earlier releases; what another live node is still
 * writing is left to it), make sure an administrator exists, and import the seeds. None of it depends on how many
 * documents the archive holds. Once the archive serves, in the background: index for search (text, then metadata
 * facets) what was archived before search existed — finding that compares every document with the index — and derive
 * the metadata and provenance of documents still waiting for them (a bulk import cut short).
 */
@ApplicationScoped
public class ArchiveStartup {

    private static final Logger LOG = Logger.getLogger(ArchiveStartup.class);

    void onStart(@Observes StartupEvent event, LegacyJournal legacyJournal, InterruptedWrites interruptedWrites,
            AccountService accounts, SeedImport seeds, SearchIndex searchIndex, MetadataFacets facets,
            Derivations derivations, ManagedExecutor background, ArchiveConfig config) {
        legacyJournal.takeOver();
        interruptedWrites.repair();
        bootstrapAdmin(accounts, config.admin());
        seeds.importSeeds();
        background.runAsync(() -> {
            searchIndex.indexMissing();
            facets.backfill();
        }).exceptionally(failure -> {
            LOG.errorf("catching up the search index after start-up failed: %s", failure);
            return null;
        });
        derivations.startWorkers();
    }

    private static void bootstrapAdmin(AccountService accounts, ArchiveConfig.Admin admin) {
        if (admin.user().isEmpty() || admin.password().isEmpty()) {
            LOG.info("no ARCHIVE_ADMIN_USER/ARCHIVE_ADMIN_PASSWORD given; no administrator account created");
            return;
        }
        if (accounts.bootstrapAdministrator(admin.user().get(), admin.password().get())) {
            LOG.infof("created administrator account '%s'", admin.user().get());
        }
    }
}
