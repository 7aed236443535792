package archive.web.database;

import io.quarkus.test.common.QuarkusTestResource;

/** Activates {@link EmbeddedPostgresResource} for every Quarkus test of this module. */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class UsesEmbeddedDatabase {

    private UsesEmbeddedDatabase() {
    }
}
