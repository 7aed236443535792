package archive.core.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ocfl.api.exception.OcflNoSuchFileException;
import io.ocfl.core.storage.common.Listing;
import io.ocfl.core.storage.common.Storage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Puts an OCFL object whose write was cut short (a crash) back into a valid state. ocfl-java writes a version in
 * steps — the object's declaration (first version only), the version directory with its own inventory, then a copy
 * of that inventory and its sidecar at the object root — and a kill between steps leaves an object that cannot be
 * read. On a file system the version directory arrives by one rename; on S3 its files arrive one by one. Either way
 * the object is rolled forward to the newest version whose own inventory is intact and whose new content files are
 * all there, and anything beyond it is removed. An object without any complete version never held acknowledged
 * bytes and is removed. Works through ocfl-java's storage abstraction, so both backends share it.
 */
final class InterruptedWriteRepair {

    static final String INVENTORY = "inventory.json";
    static final String SIDECAR = "inventory.json.sha512";
    static final String DECLARATION = "0=ocfl_object_1.1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private InterruptedWriteRepair() {
    }

    /** {@code objectRoot}: relative to the storage root. What was repaired, if anything. */
    static Optional<String> repair(String objectRoot, StoreBackend backend) {
        Storage storage = backend.storage();
        List<String> versions = versionDirectories(storage, objectRoot);
        if (versions.isEmpty() && !storage.fileExists(path(objectRoot, DECLARATION))) {
            return Optional.empty();
        }
        Optional<String> complete = versions.stream().filter(version -> isComplete(storage, objectRoot, version))
                .reduce((older, newer) -> newer);
        if (complete.isEmpty()) {
            storage.deleteDirectory(objectRoot);
            return Optional.of("removed an object whose first version never completed");
        }
        List<String> repairs = new ArrayList<>();
        for (String version : versions.subList(versions.indexOf(complete.get()) + 1, versions.size())) {
            storage.deleteDirectory(path(objectRoot, version));
            repairs.add("removed the incomplete " + version);
        }
        String head = path(objectRoot, complete.get());
        if (!sameBytes(storage, path(head, INVENTORY), path(objectRoot, INVENTORY))
                || !sameBytes(storage, path(head, SIDECAR), path(objectRoot, SIDECAR))) {
            backend.replace(path(head, INVENTORY), path(objectRoot, INVENTORY));
            backend.replace(path(head, SIDECAR), path(objectRoot, SIDECAR));
            repairs.add("restored the root inventory of " + complete.get());
        }
        if (!storage.fileExists(path(objectRoot, DECLARATION))) {
            storage.write(path(objectRoot, DECLARATION), "ocfl_object_1.1\n".getBytes(StandardCharsets.UTF_8),
                    "text/plain; charset=UTF-8");
            repairs.add("restored the object declaration");
        }
        if (!repairs.isEmpty()) {
            backend.makeDurable(1, List.of(path(objectRoot, INVENTORY), path(objectRoot, SIDECAR),
                    path(objectRoot, DECLARATION)));
        }
        return repairs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", repairs));
    }

    /** v1, v2, … oldest first; none for an object root that does not exist. */
    private static List<String> versionDirectories(Storage storage, String objectRoot) {
        List<Listing> children;
        try {
            children = storage.listDirectory(objectRoot);
        } catch (OcflNoSuchFileException e) {
            return List.of();
        }
        return children.stream().filter(Listing::isDirectory)
                .map(listing -> listing.getRelativePath().replaceAll("/+$", ""))
                .filter(name -> name.matches("v\\d+"))
                .sorted(Comparator.comparingInt(name -> Integer.parseInt(name.substring(1))))
                .toList();
    }

    /**
     * The version's own inventory matches its sidecar digest and names this version as head, and every content file
     * the version added is present.
     */
    private static boolean isComplete(Storage storage, String objectRoot, String version) {
        try {
            byte[] inventory = read(storage, path(objectRoot, version, INVENTORY));
            String sidecar = new String(read(storage, path(objectRoot, version, SIDECAR)), StandardCharsets.UTF_8)
                    .strip().split("\\s+")[0];
            JsonNode parsed = JSON.readTree(inventory);
            JsonNode head = parsed.get("head");
            if (!sidecar.equalsIgnoreCase(sha512(inventory)) || head == null || !head.asText().equals(version)) {
                return false;
            }
            for (JsonNode paths : parsed.path("manifest")) {
                for (JsonNode contentPath : paths) {
                    if (contentPath.asText().startsWith(version + "/")
                            && !storage.fileExists(path(objectRoot, contentPath.asText()))) {
                        return false;
                    }
                }
            }
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean sameBytes(Storage storage, String expected, String actual) {
        try {
            return storage.fileExists(actual) && Arrays.equals(read(storage, expected), read(storage, actual));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot compare " + expected + " with " + actual, e);
        }
    }

    private static byte[] read(Storage storage, String path) throws IOException {
        try (InputStream in = storage.read(path)) {
            return in.readAllBytes();
        }
    }

    private static String path(String first, String... more) {
        return String.join("/", first, String.join("/", more));
    }

    private static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required by every Java platform", e);
        }
    }
}
