package archive.core.bags;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A bag bagit-java found complete and valid, so its payload may be imported. One that was unpacked from a zip lives
 * in a work area of its own, deleted on {@link #close}; one in a server-side folder is only read.
 */
public final class VerifiedBag implements AutoCloseable {

    private final Path root;
    private final String name;
    private final Optional<String> externalIdentifier;
    private final List<String> manifests;
    private final List<String> payloadFiles;
    private final Optional<Path> workArea;

    VerifiedBag(Path root, String name, Optional<String> externalIdentifier, List<String> manifests,
            List<String> payloadFiles, Optional<Path> workArea) {
        this.root = root;
        this.name = name;
        this.externalIdentifier = externalIdentifier;
        this.manifests = manifests;
        this.payloadFiles = payloadFiles;
        this.workArea = workArea;
    }

    /** The bag's folder name, in the zip or on the server; empty when a zip has the bag at its top. */
    public String name() {
        return name;
    }

    /** bag-info.txt's External-Identifier (this archive's document bags give the document id). */
    public Optional<String> externalIdentifier() {
        return externalIdentifier;
    }

    /** The algorithms of the payload manifests every payload file was checked against (sha256, sha512 …). */
    public List<String> manifests() {
        return manifests;
    }

    /** Every payload file, as its path inside data/, sorted. */
    public List<String> payloadFiles() {
        return payloadFiles;
    }

    /** Where a payload file is, on this server. */
    public Path payloadFile(String path) {
        return root.resolve("data").resolve(path);
    }

    /** Where the bag is, on this server: how an import report names payload files, relative to it. */
    public Path root() {
        return root;
    }

    @Override
    public void close() {
        workArea.ifPresent(VerifiedBag::delete);
    }

    static void delete(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete the bag's work area " + directory, e);
        }
    }
}
