package archive.web.startup;

import archive.core.account.AccountService;
import archive.core.config.ArchiveConfig;
import archive.core.ingest.Derivations;
import archive.core.ingest.Reconciler;
import archive.core.ingest.SeedImport;
import archive.core.search.MetadataFacets;
import archive.core.search.SearchIndex;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * What must happen, in this order, before the archive serves: repair what a crash left half-recorded, make sure an
 * administrator exists, index for search (text, then metadata facets) what was archived before search existed, and
 * import the seeds. Documents still waiting for their metadata and provenance (a bulk import cut short) are derived
 * in the background once the archive serves.
 */
@ApplicationScoped
public class ArchiveStartup {

    private static final Logger LOG = Logger.getLogger(ArchiveStartup.class);

    void onStart(@Observes StartupEvent event, Reconciler reconciler, AccountService accounts, SeedImport seeds,
            SearchIndex searchIndex, MetadataFacets facets, Derivations derivations, ArchiveConfig config) {
        int repaired = reconciler.reconcilePending();
        if (repaired > 0) {
            LOG.infof("reconciled %d version(s) the catalog lacked after an interrupted write", repaired);
        }
        bootstrapAdmin(accounts, config.admin());
        searchIndex.indexMissing();
        facets.backfill();
        seeds.importSeeds();
        derivations.deriveQueuedInBackground();
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
