package archive.api.support;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The archive's bucket as any S3 client sees it, past the archive: a second client of its own (the SDK's synchronous
 * one), and object roots found by the OCFL storage layout's rule rather than by the archive's code.
 */
public final class Bucket implements AutoCloseable {

    private final S3Client client = S3Client.builder()
            .endpointOverride(S3Server.endpoint())
            .region(Region.US_EAST_1)
            .forcePathStyle(true)
            .credentialsProvider(StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(S3Server.ACCESS_KEY_ID, S3Server.SECRET_ACCESS_KEY)))
            .httpClient(UrlConnectionHttpClient.create())
            .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED) // as the archive talks to s3proxy
            .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
            .build();

    /**
     * The key prefix of a document's OCFL object: extension 0004-hashed-n-tuple-storage-layout with its defaults
     * (sha256 of the id, three tuples of three characters, then the whole digest).
     */
    public static String objectRoot(String documentId) {
        String hash = sha256(documentId);
        return S3Server.PREFIX + "/" + hash.substring(0, 3) + "/" + hash.substring(3, 6) + "/" + hash.substring(6, 9)
                + "/" + hash;
    }

    public byte[] get(String key) {
        return client.getObjectAsBytes(request -> request.bucket(S3Server.BUCKET).key(key)).asByteArray();
    }

    public String getString(String key) {
        return new String(get(key), StandardCharsets.UTF_8);
    }

    public void put(String key, byte[] bytes) {
        client.putObject(request -> request.bucket(S3Server.BUCKET).key(key), RequestBody.fromBytes(bytes));
    }

    public void delete(String key) {
        client.deleteObject(request -> request.bucket(S3Server.BUCKET).key(key));
    }

    /** Every key under this prefix. */
    public List<String> keys(String prefix) {
        return client.listObjectsV2Paginator(request -> request.bucket(S3Server.BUCKET).prefix(prefix)).contents()
                .stream().map(S3Object::key).toList();
    }

    @Override
    public void close() {
        client.close();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
