package archive.core.storage;

import archive.core.config.ArchiveConfig;
import io.ocfl.aws.OcflS3Client;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.storage.cloud.CloudStorage;
import io.ocfl.core.storage.common.Storage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import javax.sql.DataSource;
import org.jboss.logging.Logger;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.services.s3.S3AsyncClientBuilder;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * The OCFL store in an S3 bucket, through ocfl-java-aws. Objects have no rename on S3: ocfl-java uploads a version's
 * files one by one and then PUTs the object's root {@code inventory.json} (and its sidecar), and that completed PUT
 * is the commit point of the version — readers find versions through the root inventory only. S3 acknowledges a PUT
 * once the object is durably stored, so nothing is left to flush when ocfl-java returns. Several processes may write
 * one bucket, so the object lock and the object-details cache (each object's current inventory and its digest) are
 * ocfl-java's PostgreSQL tables, in the catalog's database; ocfl-java refuses a version based on an inventory older
 * than the one recorded there.
 */
final class S3Backend implements StoreBackend {

    static final String LOCK_TABLE = "ocfl_object_lock";
    static final String DETAILS_TABLE = "ocfl_object_details";

    private static final Logger LOG = Logger.getLogger(S3Backend.class);

    private final S3AsyncClient client;
    private final S3TransferManager transfers;
    private final CloudStorage storage;
    private final DataSource database;
    private final String location;

    private S3Backend(S3AsyncClient client, S3TransferManager transfers, OcflS3Client ocflClient,
            DataSource database) {
        this.client = client;
        this.transfers = transfers;
        this.storage = new CloudStorage(ocflClient);
        this.database = database;
        this.location = "s3://" + ocflClient.bucket() + "/" + ocflClient.prefix();
    }

    static S3Backend open(ArchiveConfig.S3 config, DataSource database) {
        String bucket = config.bucket().orElseThrow(() -> new IllegalStateException(
                "ARCHIVE_STORAGE=s3 needs the bucket: set ARCHIVE_S3_BUCKET"));
        S3AsyncClientBuilder builder = S3AsyncClient.builder()
                .region(Region.of(config.region()))
                .credentialsProvider(credentials(config))
                .forcePathStyle(config.pathStyleAccess())
                // The SDK's own Netty client: the CRT client needs a native library this archive does not ship.
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .multipartEnabled(true);
        config.endpoint().ifPresent(endpoint -> builder.endpointOverride(endpoint)
                // S3-compatible servers (s3proxy among them) refuse the trailing checksums Amazon S3 takes by
                // default since 2025: checksums only where S3 requires them. The archive's own digests (sha512 in
                // the inventory, SHA-256) are audited anyway.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED));
        S3AsyncClient client = builder.build();
        S3TransferManager transfers = S3TransferManager.builder().s3Client(client).build();
        OcflS3Client ocflClient = OcflS3Client.builder().s3Client(client).transferManager(transfers).bucket(bucket)
                .repoPrefix(config.prefix().orElse("")).build();
        if (!ocflClient.bucketExists()) {
            ocflClient.close();
            throw new IllegalStateException("The S3 bucket " + bucket + " does not exist or cannot be reached"
                    + config.endpoint().map(endpoint -> " at " + endpoint).orElse(""));
        }
        return new S3Backend(client, transfers, ocflClient, database);
    }

    private static AwsCredentialsProvider credentials(ArchiveConfig.S3 config) {
        if (config.accessKeyId().isPresent() != config.secretAccessKey().isPresent()) {
            throw new IllegalStateException("Set both ARCHIVE_S3_ACCESS_KEY_ID and ARCHIVE_S3_SECRET_ACCESS_KEY, or "
                    + "neither to use the AWS default credentials chain");
        }
        if (config.accessKeyId().isPresent()) {
            return StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(config.accessKeyId().get(), config.secretAccessKey().get()));
        }
        return DefaultCredentialsProvider.builder().build();
    }

    @Override
    public StorageKind kind() {
        return StorageKind.S3;
    }

    @Override
    public Storage storage() {
        return storage;
    }

    /**
     * The shared PostgreSQL lock and details cache, and no inventory cache in this JVM: another process may have
     * written a version since.
     */
    @Override
    public void configure(OcflRepositoryBuilder repository) {
        repository.objectLock(lock -> lock.dataSource(database).tableName(LOCK_TABLE))
                .objectDetailsDb(details -> details.dataSource(database).tableName(DETAILS_TABLE))
                .inventoryCache(null);
    }

    /** Nothing to do: each file was durable when S3 acknowledged its PUT, before ocfl-java returned. */
    @Override
    public void makeDurable(int versions, Collection<String> files) {
    }

    /** A server-side copy: S3 replaces an object whole, never in part. */
    @Override
    public void replace(String source, String target) {
        storage.copyFileInternal(source, target);
    }

    /**
     * ocfl-java releases its lock row when a write ends, but not when the process dies during one; the row would
     * keep the object locked for an hour. Every write of the archive runs under the document's lock across nodes,
     * which the repair holds: a row found now was left by a writer that is gone, on this node or another.
     */
    @Override
    public void releaseAbandoned(String objectId) {
        try (Connection connection = database.getConnection();
                PreparedStatement release = connection.prepareStatement(
                        "DELETE FROM " + LOCK_TABLE + " WHERE object_id = ?")) {
            release.setString(1, objectId);
            if (release.executeUpdate() > 0) {
                LOG.warnf("released the OCFL object lock on %s left by an interrupted write", objectId);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot release the OCFL object lock on " + objectId, e);
        }
    }

    /** The storage root's declaration can be read: the bucket is there and the credentials work. */
    @Override
    public boolean usable() {
        try {
            return storage.fileExists("0=ocfl_1.1");
        } catch (RuntimeException e) {
            LOG.warnf("the OCFL store at %s cannot be reached: %s", location, e.getMessage());
            return false;
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public void close() {
        transfers.close();
        client.close();
    }
}
