package archive.api.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * A real S3-compatible server for the archive under test: s3proxy in this JVM, over HTTP on a free port, keeping
 * its objects as files in a temporary folder (s3proxy's filesystem-nio2 blob store: a bucket is a sub-folder, a key
 * its path), so the bucket can also be read as a directory. Starts empty but for the archive's bucket.
 */
public class S3Server implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "archive-ocfl";
    public static final String PREFIX = "preservation";
    static final String ACCESS_KEY_ID = "archive-test";
    static final String SECRET_ACCESS_KEY = "archive-test-secret";

    private static URI endpoint;
    private static Path folder;

    private BlobStoreContext blobs;
    private S3Proxy proxy;

    @Override
    public Map<String, String> start() {
        try {
            folder = Files.createTempDirectory("archive-s3proxy");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties settings = new Properties();
        settings.setProperty("jclouds.filesystem.basedir", folder.toString());
        blobs = ContextBuilder.newBuilder("filesystem-nio2").credentials(ACCESS_KEY_ID, SECRET_ACCESS_KEY)
                .overrides(settings).build(BlobStoreContext.class);
        blobs.getBlobStore().createContainerInLocation(null, BUCKET);
        proxy = S3Proxy.builder().blobStore(blobs.getBlobStore()).endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY_ID, SECRET_ACCESS_KEY)
                // The SDK sends a CRC32 checksum with every multi-object delete; s3proxy 2.6 knows only CRC64NVME.
                .ignoreUnknownHeaders(true)
                .build();
        try {
            proxy.start(); // returns once Jetty listens
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not start", e);
        }
        endpoint = URI.create("http://127.0.0.1:" + proxy.getPort());
        return Map.of(
                "archive.storage", "s3",
                "archive.s3.endpoint", endpoint.toString(),
                "archive.s3.bucket", BUCKET,
                "archive.s3.prefix", PREFIX,
                "archive.s3.access-key-id", ACCESS_KEY_ID,
                "archive.s3.secret-access-key", SECRET_ACCESS_KEY,
                "archive.s3.path-style-access", "true");
    }

    @Override
    public void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            throw new IllegalStateException("s3proxy did not stop", e);
        } finally {
            blobs.close();
            deleteFolder();
        }
    }

    /** The folder that holds the OCFL storage root: the bucket's folder, then the prefix. */
    public static Path storageRootFolder() {
        return folder.resolve(BUCKET).resolve(PREFIX);
    }

    private static void deleteFolder() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot delete s3proxy's folder " + folder, e);
        }
    }

    /** The server's address, once started. */
    static URI endpoint() {
        return endpoint;
    }
}
