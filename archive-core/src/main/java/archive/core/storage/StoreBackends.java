package archive.core.storage;

import archive.core.config.ArchiveConfig;
import archive.core.work.WorkerPools;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Opens the backend ARCHIVE_STORAGE names. */
@ApplicationScoped
class StoreBackends {

    @Produces
    @Singleton
    StoreBackend open(ArchiveConfig config, WorkerPools pools, MeterRegistry registry, Instance<DataSource> database) {
        return switch (config.storage()) {
            case FILESYSTEM -> new FileSystemBackend(config.dataDir().resolve("ocfl"), pools.fsyncs(), registry);
            case S3 -> S3Backend.open(config.s3(), database.get());
        };
    }

    void close(@Disposes StoreBackend backend) {
        backend.close();
    }
}
