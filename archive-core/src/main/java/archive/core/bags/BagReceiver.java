package archive.core.bags;

import archive.core.config.ArchiveConfig;
import archive.core.problem.ProblemType;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import gov.loc.repository.bagit.exceptions.CorruptChecksumException;
import gov.loc.repository.bagit.exceptions.FileNotInManifestException;
import gov.loc.repository.bagit.exceptions.FileNotInPayloadDirectoryException;
import gov.loc.repository.bagit.exceptions.InvalidBagitFileFormatException;
import gov.loc.repository.bagit.exceptions.InvalidPayloadOxumException;
import gov.loc.repository.bagit.exceptions.MaliciousPathException;
import gov.loc.repository.bagit.exceptions.MissingBagitFileException;
import gov.loc.repository.bagit.exceptions.MissingPayloadDirectoryException;
import gov.loc.repository.bagit.exceptions.MissingPayloadManifestException;
import gov.loc.repository.bagit.exceptions.UnparsableVersionException;
import gov.loc.repository.bagit.exceptions.UnsupportedAlgorithmException;
import gov.loc.repository.bagit.exceptions.VerificationException;
import gov.loc.repository.bagit.reader.BagReader;
import gov.loc.repository.bagit.verify.BagVerifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Takes a bag in for import: a zip is unpacked into a work area of its own (every entry's path checked to stay
 * inside it, the whole bounded by ARCHIVE_IMPORTS_MAX_BAG_BYTES), a server-side folder is read where it is; then
 * bagit-java reads the bag and verifies it complete and valid, every checksum of every manifest. Anything wrong is a
 * {@link BagRejectedException} that says what, and nothing has been stored.
 */
@ApplicationScoped
public class BagReceiver {

    private static final String BAGIT_TXT = "bagit.txt";
    /** What an entry costs at least, even empty: without it a zip of a million empty files would pass the limit. */
    private static final long ENTRY_OVERHEAD = 512;
    private static final Pattern WINDOWS_DRIVE = Pattern.compile("^[A-Za-z]:");
    private static final int BUFFER = 64 * 1024;

    private final long maxBagBytes;

    public BagReceiver(ArchiveConfig config) {
        this.maxBagBytes = config.imports().maxBagBytes();
    }

    /** Whether a folder is a bag: it has a bagit.txt (RFC 8493 §2.1.1). */
    public static boolean isBag(Path directory) {
        return Files.isRegularFile(directory.resolve(BAGIT_TXT), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * A zipped bag, sent as a request body; the caller closes the result, which deletes the work area.
     *
     * @throws IOException if the body cannot be read (the client's connection, not the archive)
     */
    public VerifiedBag unzip(InputStream body) throws IOException {
        Path workArea = workArea();
        try {
            Path zip = workArea.resolve("received.zip");
            receive(body, zip);
            Path unpacked = workArea.resolve("bag");
            unpack(zip, unpacked);
            Path root = root(unpacked);
            return verify(root, root.equals(unpacked) ? "" : root.getFileName().toString(), Optional.of(workArea));
        } catch (IOException | RuntimeException e) {
            VerifiedBag.delete(workArea);
            throw e;
        }
    }

    /** A bag in a folder on this server; read where it is. */
    public VerifiedBag open(Path directory) {
        refuseLinks(directory);
        return verify(directory, directory.getFileName().toString(), Optional.empty());
    }

    private static Path workArea() {
        try {
            return Files.createTempDirectory("archive-import-bag-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work area for the bag", e);
        }
    }

    /** Only reading the body may throw IOException: the work area's failures are the archive's, not the client's. */
    private void receive(InputStream body, Path zip) throws IOException {
        OutputStream out = workFile(zip);
        try {
            byte[] buffer = new byte[BUFFER];
            long received = 0;
            for (int read = body.read(buffer); read != -1; read = body.read(buffer)) {
                received += read;
                if (received > maxBagBytes) {
                    throw tooLarge("The zip is larger than " + maxBagBytes + " bytes");
                }
                try {
                    out.write(buffer, 0, read);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the received bag to its work area", e);
                }
            }
        } finally {
            try {
                out.close();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write the received bag to its work area", e);
            }
        }
    }

    private static OutputStream workFile(Path file) {
        try {
            return Files.newOutputStream(file, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the received bag to its work area", e);
        }
    }

    private void unpack(Path zip, Path into) {
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            Files.createDirectory(into);
            long unpacked = 0;
            for (ZipEntry entry : Collections.list(archive.entries())) {
                Path target = inside(into, entry.getName());
                unpacked += ENTRY_OVERHEAD;
                if (unpacked > maxBagBytes) {
                    throw tooLarge("The zip unpacks to more than " + maxBagBytes + " bytes");
                }
                try {
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                        continue;
                    }
                    Files.createDirectories(target.getParent());
                    try (InputStream in = archive.getInputStream(entry);
                            OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW)) {
                        unpacked = copy(in, out, unpacked);
                    }
                } catch (FileSystemException e) {
                    throw new BagRejectedException(ProblemType.UNSAFE_BAG_PATH, "The zip holds '"
                            + excerpt(entry.getName()) + "' twice, or both as a file and as a folder.");
                }
            }
        } catch (ZipException | IllegalArgumentException e) {
            throw new BagRejectedException(ProblemType.NOT_A_BAG, "The body is not a zip that can be read ("
                    + e.getMessage() + "). Send the bag zipped, as Content-Type application/zip.");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack the received bag in its work area", e);
        }
    }

    /** Copies one entry, counting what is unpacked in all; the entry's declared size is not trusted. */
    private long copy(InputStream in, OutputStream out, long unpacked) throws IOException {
        byte[] buffer = new byte[BUFFER];
        long total = unpacked;
        for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
            total += read;
            if (total > maxBagBytes) {
                throw tooLarge("The zip unpacks to more than " + maxBagBytes + " bytes");
            }
            out.write(buffer, 0, read);
        }
        return total;
    }

    /** Where an entry is unpacked; refuses a name that is absolute, climbs out ("..") or separates with '\'. */
    private static Path inside(Path into, String name) {
        boolean unsafe = name.isEmpty() || name.startsWith("/") || name.indexOf('\\') >= 0 || name.indexOf('\0') >= 0
                || WINDOWS_DRIVE.matcher(name).find()
                || Arrays.stream(name.split("/")).anyMatch(segment -> segment.equals("..") || segment.equals("."));
        Path target = unsafe ? into : into.resolve(name).normalize();
        if (unsafe || !target.startsWith(into) || target.equals(into)) {
            throw new BagRejectedException(ProblemType.UNSAFE_BAG_PATH, "The zip entry '" + excerpt(name)
                    + "' would be unpacked outside the bag: absolute paths, '.' and '..' segments and backslashes are "
                    + "refused.");
        }
        return target;
    }

    /** The bag's base directory: the top of the zip, or its one top-level folder (RFC 8493 §4.2). */
    private static Path root(Path unpacked) {
        if (isBag(unpacked)) {
            return unpacked;
        }
        try (Stream<Path> top = Files.list(unpacked)) {
            List<Path> entries = top.toList();
            if (entries.size() == 1 && Files.isDirectory(entries.get(0)) && isBag(entries.get(0))) {
                return entries.get(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new BagRejectedException(ProblemType.NOT_A_BAG, "The zip holds no bag: neither its top nor a single "
                + "top-level folder has a bagit.txt (RFC 8493 §4.2).");
    }

    /** A bag on the server is read as it is, so nothing in it may point elsewhere. */
    private static void refuseLinks(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            Optional<Path> link = paths.filter(Files::isSymbolicLink).findFirst();
            if (link.isPresent()) {
                throw new BagRejectedException(ProblemType.UNSAFE_BAG_PATH, "The bag holds a symbolic link, "
                        + directory.relativize(link.get()) + "; a bag on the server must hold its files itself.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bag folder " + directory, e);
        }
    }

    private static VerifiedBag verify(Path root, String name, Optional<Path> workArea) {
        Bag bag = read(root);
        try (BagVerifier verifier = new BagVerifier()) {
            // Hidden files are payload too: the archive's own bags may hold them.
            verifier.isValid(bag, false);
            if (BagVerifier.canQuickVerify(bag)) {
                BagVerifier.quicklyVerify(bag);
            }
        } catch (CorruptChecksumException e) {
            throw rejected(ProblemType.BAG_CHECKSUM_MISMATCH, "A checksum of the bag does not hold, so a file "
                    + "changed after the bag was made", root, e);
        } catch (MissingPayloadManifestException | MissingBagitFileException | MissingPayloadDirectoryException
                | FileNotInPayloadDirectoryException | FileNotInManifestException | InvalidPayloadOxumException e) {
            throw rejected(ProblemType.BAG_INCOMPLETE, "The bag is not complete", root, e);
        } catch (MaliciousPathException e) {
            throw outside();
        } catch (UnsupportedAlgorithmException | InvalidBagitFileFormatException | NumberFormatException e) {
            throw rejected(ProblemType.NOT_A_BAG, "A manifest or the Payload-Oxum cannot be read", root, e);
        } catch (VerificationException | IOException e) {
            throw new IllegalStateException("cannot read the files of the bag " + root, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while verifying the bag " + root, e);
        }
        TreeSet<String> files = new TreeSet<>();
        Path data = root.resolve("data");
        for (Manifest manifest : bag.getPayLoadManifests()) {
            for (Path file : manifest.getFileToChecksumMap().keySet()) {
                if (!file.startsWith(data)) {
                    throw new BagRejectedException(ProblemType.UNSAFE_BAG_PATH, "The payload manifest "
                            + "manifest-" + manifest.getAlgorithm().getBagitName() + ".txt lists "
                            + root.relativize(file) + ", which is outside the bag's payload (data/).");
                }
                files.add(data.relativize(file).toString().replace(File.separatorChar, '/'));
            }
        }
        List<String> identifiers = bag.getMetadata().get("External-Identifier");
        return new VerifiedBag(root, name, identifiers == null || identifiers.isEmpty() ? Optional.empty()
                : Optional.of(identifiers.get(0).strip()), bag.getPayLoadManifests().stream()
                .map(manifest -> manifest.getAlgorithm().getBagitName()).sorted().toList(), List.copyOf(files),
                workArea);
    }

    private static Bag read(Path root) {
        try {
            return new BagReader().read(root);
        } catch (MaliciousPathException e) {
            throw outside();
        } catch (UnparsableVersionException | InvalidBagitFileFormatException | UnsupportedAlgorithmException e) {
            throw rejected(ProblemType.NOT_A_BAG, "bagit.txt, bag-info.txt or a manifest does not follow RFC 8493",
                    root, e);
        } catch (IOException e) {
            throw rejected(ProblemType.NOT_A_BAG, "The bag's tag files cannot be read", root, e);
        }
    }

    /** bagit-java's own words, with the work area's paths made relative to the bag. */
    private static BagRejectedException rejected(ProblemType type, String what, Path root, Exception e) {
        String message = String.valueOf(e.getMessage()).replace(root + File.separator, "")
                .replace(root.toString(), ".");
        return new BagRejectedException(type, what + ": " + message);
    }

    /** bagit-java's message names where the path leads on this server, which is not the client's business. */
    private static BagRejectedException outside() {
        return new BagRejectedException(ProblemType.UNSAFE_BAG_PATH, "A manifest or fetch.txt names a file outside "
                + "the bag (a '..' segment, an absolute path or '~/'), which bagit-java refuses to follow.");
    }

    private BagRejectedException tooLarge(String what) {
        return new BagRejectedException(ProblemType.BAG_TOO_LARGE, what + ", the most one import takes "
                + "(ARCHIVE_IMPORTS_MAX_BAG_BYTES). Nothing was stored; a bag in a folder inside ARCHIVE_IMPORTS_ROOT "
                + "has no such limit.");
    }

    private static String excerpt(String name) {
        return name.length() <= 80 ? name : name.substring(0, 80) + "…";
    }
}
