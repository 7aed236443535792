package archive.bench;

import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.aws.OcflS3Client;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleLayoutConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.nio.netty.NettyNioAsyncHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3AsyncClient;
import software.amazon.awssdk.transfer.s3.S3TransferManager;

/**
 * The ingest baseline: the same files written one by one into a bare ocfl-java repository (same layout as the
 * archive's store, one object per file), with nothing else — no validation, checksums of record, catalog, write intents
 * or fsync. Prints {@code documents seconds cpuSeconds} (the CPU time this process spent on the writes). With an S3
 * endpoint, the repository is in that bucket, written by ocfl-java-aws through the client the archive builds for an
 * S3-compatible server (path-style, checksums only where S3 requires them), with ocfl-java's in-memory lock.
 * <p>
 * Usage: {@code BareOcflImport <folder of files> <empty repository dir> [<endpoint> <bucket> <prefix> <access key id>
 * <secret access key>]}
 */
public final class BareOcflImport {

    private BareOcflImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 7) {
            throw new IllegalArgumentException("usage: BareOcflImport <folder> <repository dir> [<endpoint> <bucket> "
                    + "<prefix> <access key id> <secret access key>]");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Path repositoryDir = Path.of(args[1]);
        Path work = Files.createDirectories(repositoryDir.resolve("ocfl-work"));
        S3AsyncClient s3 = args.length == 7 ? s3Client(args) : null;
        OcflRepository repository = new OcflRepositoryBuilder()
                .defaultLayoutConfig(new HashedNTupleLayoutConfig())
                .storage(storage -> {
                    if (s3 == null) {
                        storage.fileSystem(createDirectories(repositoryDir.resolve("ocfl")));
                    } else {
                        storage.cloud(OcflS3Client.builder().s3Client(s3).bucket(args[3]).repoPrefix(args[4])
                                .transferManager(S3TransferManager.builder().s3Client(s3).build()).build());
                    }
                })
                .workDir(work)
                .build();
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long startedCpu = process.getProcessCpuTime();
        long started = System.nanoTime();
        for (Path file : files) {
            String objectId = file.getFileName().toString().replaceFirst("\\.txt$", "");
            try (InputStream text = Files.newInputStream(file)) {
                repository.updateObject(ObjectVersionId.head(objectId),
                        new VersionInfo().setUser("bench", null).setMessage("ingestion"),
                        updater -> updater.writeFile(text, "content.txt", OcflOption.OVERWRITE));
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (process.getProcessCpuTime() - startedCpu) / 1e9;
        repository.close();
        if (s3 != null) {
            s3.close();
        }
        System.out.printf(Locale.ROOT, "%d %.3f %.3f%n", files.size(), seconds, cpuSeconds);
    }

    private static S3AsyncClient s3Client(String[] args) {
        return S3AsyncClient.builder()
                .endpointOverride(URI.create(args[2]))
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(args[5], args[6])))
                .forcePathStyle(true)
                .httpClientBuilder(NettyNioAsyncHttpClient.builder())
                .multipartEnabled(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .build();
    }

    private static Path createDirectories(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
