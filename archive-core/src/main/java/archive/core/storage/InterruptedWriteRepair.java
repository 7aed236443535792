package archive.core.storage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Puts an OCFL object whose write was cut short (a crash) back into a valid state. ocfl-java writes a version in
 * steps — create the object root and its declaration, move the complete version directory in, then copy the
 * version's inventory and its sidecar to the root — and a kill between steps leaves an object that cannot be read.
 * The version directory arrives by a rename, so it is complete or absent: the object is rolled forward to the
 * newest version directory whose own inventory is intact, and anything beyond it is removed. An object without any
 * complete version never held acknowledged bytes and is removed.
 */
final class InterruptedWriteRepair {

    static final String INVENTORY = "inventory.json";
    static final String SIDECAR = "inventory.json.sha512";
    static final String DECLARATION = "0=ocfl_object_1.1";

    private static final ObjectMapper JSON = new ObjectMapper();

    private InterruptedWriteRepair() {
    }

    /** What was repaired, if anything. */
    static Optional<String> repair(Path objectRoot, Durability durability) {
        if (!Files.isDirectory(objectRoot)) {
            return Optional.empty();
        }
        try {
            List<Path> versions = versionDirectories(objectRoot);
            Optional<Path> complete = versions.stream().filter(InterruptedWriteRepair::isComplete)
                    .reduce((older, newer) -> newer);
            if (complete.isEmpty()) {
                deleteRecursively(objectRoot);
                return Optional.of("removed an object whose first version never completed");
            }
            List<String> repairs = new ArrayList<>();
            for (Path version : versions.subList(versions.indexOf(complete.get()) + 1, versions.size())) {
                deleteRecursively(version);
                repairs.add("removed the incomplete " + version.getFileName());
            }
            if (!sameBytes(complete.get().resolve(INVENTORY), objectRoot.resolve(INVENTORY))
                    || !sameBytes(complete.get().resolve(SIDECAR), objectRoot.resolve(SIDECAR))) {
                replace(complete.get().resolve(INVENTORY), objectRoot.resolve(INVENTORY));
                replace(complete.get().resolve(SIDECAR), objectRoot.resolve(SIDECAR));
                repairs.add("restored the root inventory of " + complete.get().getFileName());
            }
            if (!Files.exists(objectRoot.resolve(DECLARATION))) {
                Files.writeString(objectRoot.resolve(DECLARATION), "ocfl_object_1.1\n");
                repairs.add("restored the object declaration");
            }
            if (!repairs.isEmpty()) {
                durability.sync(objectRoot.getParent(), List.of(objectRoot.resolve(INVENTORY),
                        objectRoot.resolve(SIDECAR), objectRoot.resolve(DECLARATION)));
            }
            return repairs.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", repairs));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot repair the OCFL object at " + objectRoot, e);
        }
    }

    private static List<Path> versionDirectories(Path objectRoot) throws IOException {
        try (Stream<Path> children = Files.list(objectRoot)) {
            return children.filter(Files::isDirectory)
                    .filter(dir -> dir.getFileName().toString().matches("v\\d+"))
                    .sorted(Comparator.comparingInt(dir -> Integer.parseInt(dir.getFileName().toString().substring(1))))
                    .toList();
        }
    }

    /** The version's own inventory matches its sidecar digest and names this version as head. */
    private static boolean isComplete(Path version) {
        try {
            byte[] inventory = Files.readAllBytes(version.resolve(INVENTORY));
            String sidecar = Files.readString(version.resolve(SIDECAR)).strip().split("\\s+")[0];
            JsonNode head = JSON.readTree(inventory).get("head");
            return sidecar.equalsIgnoreCase(sha512(inventory)) && head != null
                    && head.asText().equals(version.getFileName().toString());
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static boolean sameBytes(Path expected, Path actual) throws IOException {
        return Files.exists(actual) && Arrays.equals(Files.readAllBytes(expected), Files.readAllBytes(actual));
    }

    /** Never leaves a half-copied file behind: copy beside the target, then rename over it. */
    private static void replace(Path source, Path target) throws IOException {
        Path staging = target.resolveSibling(target.getFileName() + ".repair");
        Files.copy(source, staging, StandardCopyOption.REPLACE_EXISTING);
        Files.move(staging, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void deleteRecursively(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String sha512(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required by every Java platform", e);
        }
    }
}
