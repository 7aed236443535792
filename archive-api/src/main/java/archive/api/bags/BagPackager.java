package archive.api.bags;

import archive.core.config.ArchiveConfig;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.loc.repository.bagit.creator.BagCreator;
import gov.loc.repository.bagit.domain.Metadata;
import gov.loc.repository.bagit.hash.StandardSupportedAlgorithms;
import gov.loc.repository.bagit.hash.SupportedAlgorithm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a payload as a BagIt bag (RFC 8493) with the Library of Congress's bagit-java, in a temporary directory,
 * and answers it zipped under one top-level directory named like the bag (§4.2). The bag is written when the body is:
 * its files go to disk one by one, bagit-java adds the manifests, and the zip streams from disk, so no bag is held in
 * memory whatever it holds; the directory is deleted once the zip is sent or sending fails. Callers look up what
 * must exist before they answer, so a missing document is a 404, not a broken zip.
 */
@ApplicationScoped
public class BagPackager {

    public static final String ZIP = "application/zip";

    private static final List<SupportedAlgorithm> ALGORITHMS = List.of(StandardSupportedAlgorithms.SHA256,
            StandardSupportedAlgorithms.SHA512);

    private final Optional<String> archiveName;
    private final Clock clock;
    private final ObjectMapper json;

    public BagPackager(ArchiveConfig config, Clock clock, ObjectMapper json) {
        this.archiveName = config.name().filter(name -> !name.isBlank());
        this.clock = clock;
        this.json = json;
    }

    /** A 200 whose body is the zipped bag {@code <name>.zip}, its External-Identifier {@code name}. */
    public Response respond(String name, Consumer<BagPayload> contents) {
        // Written only when the body is: a HEAD request leaves nothing behind.
        StreamingOutput zipped = output -> {
            Path workArea = bag(name, contents);
            try {
                zip(workArea, output);
            } finally {
                delete(workArea);
            }
        };
        return Response.ok(zipped, ZIP)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".zip\"")
                .build();
    }

    private Path bag(String name, Consumer<BagPayload> contents) {
        Path workArea = null;
        try {
            workArea = Files.createTempDirectory("archive-bag-");
            Path root = Files.createDirectory(workArea.resolve(name));
            contents.accept(new BagPayload(root, json));
            // Hidden files are payload too (an original file name may start with a dot).
            BagCreator.bagInPlace(root, ALGORITHMS, true, bagInfo(name));
            return workArea;
        } catch (IOException | RuntimeException e) {
            delete(workArea);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        } catch (NoSuchAlgorithmException e) {
            delete(workArea);
            throw new IllegalStateException("every Java runtime has SHA-256 and SHA-512", e);
        }
    }

    /** bag-info.txt; bagit-java adds the Payload-Oxum. */
    private Metadata bagInfo(String name) {
        Metadata info = new Metadata();
        archiveName.ifPresent(organization -> info.add("Source-Organization", organization));
        info.add("Bagging-Date", LocalDate.now(clock).toString());
        info.add("External-Identifier", name);
        return info;
    }

    private static void zip(Path workArea, OutputStream output) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(output);
        try (Stream<Path> paths = Files.walk(workArea)) {
            for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile).sorted()::iterator) {
                zip.putNextEntry(new ZipEntry(workArea.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, zip);
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    private static void delete(Path workArea) {
        if (workArea == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(workArea)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the bag's work area " + workArea, e);
        }
    }
}
