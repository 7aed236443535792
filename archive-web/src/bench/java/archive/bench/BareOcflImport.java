package archive.bench;

import io.ocfl.api.OcflOption;
import io.ocfl.api.OcflRepository;
import io.ocfl.api.model.ObjectVersionId;
import io.ocfl.api.model.VersionInfo;
import io.ocfl.core.OcflRepositoryBuilder;
import io.ocfl.core.extension.storage.layout.config.HashedNTupleLayoutConfig;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The ingest baseline: the same files written one by one into a bare ocfl-java repository (same layout as the
 * archive's store, one object per file), with nothing else — no validation, checksums of record, catalog, write
 * intents or fsync. Prints {@code documents seconds cpuSeconds} (the CPU time this process spent on the writes).
 * <p>
 * Usage: {@code BareOcflImport <folder of files> <empty repository dir>}
 */
public final class BareOcflImport {

    private BareOcflImport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: BareOcflImport <folder> <repository dir>");
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(Path.of(args[0]))) {
            files = listing.filter(Files::isRegularFile).sorted().toList();
        }
        Path repositoryDir = Path.of(args[1]);
        Path root = Files.createDirectories(repositoryDir.resolve("ocfl"));
        Path work = Files.createDirectories(repositoryDir.resolve("ocfl-work"));
        OcflRepository repository = new OcflRepositoryBuilder()
                .defaultLayoutConfig(new HashedNTupleLayoutConfig())
                .storage(storage -> storage.fileSystem(root))
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
        System.out.printf(Locale.ROOT, "%d %.3f %.3f%n", files.size(), seconds, cpuSeconds);
    }
}
