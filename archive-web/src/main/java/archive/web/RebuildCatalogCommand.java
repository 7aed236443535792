package archive.web;

import archive.core.rebuild.CatalogRebuild;
import archive.core.rebuild.RebuildReport;
import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;

/**
 * {@code java -jar quarkus-run.jar rebuild-catalog}: recreates the catalog from the OCFL store alone (after the
 * database was lost, or to repair it), prints what it did, and exits 0 when every object was replayed.
 */
public class RebuildCatalogCommand implements QuarkusApplication {

    public static final String NAME = "rebuild-catalog";

    @Inject
    CatalogRebuild rebuild;

    @Override
    public int run(String... args) {
        RebuildReport report = rebuild.rebuild();
        System.out.printf("catalog rebuilt from the OCFL store: %d objects, %d documents and %d versions recorded, "
                + "%d documents in the catalog, %d failed%n", report.objects(), report.documentsRecorded(),
                report.versionsRecorded(), report.documentsInCatalog(), report.failed().size());
        report.failed().forEach(failure -> System.out.printf("  %s: %s%n", failure.documentId(), failure.reason()));
        return report.failed().isEmpty() ? 0 : 1;
    }
}
