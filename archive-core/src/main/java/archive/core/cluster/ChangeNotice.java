package archive.core.cluster;

import archive.core.catalog.DocumentId;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One notification on {@link #CHANNEL}: which node changed what of which documents. Its payload is
 * {@code <node> <kind> <id>,<id>,…}, shorter than PostgreSQL's 8000 bytes: {@link #split} cuts a long list (a bulk
 * import's batch) into several notices rather than make every node drop everything.
 */
public record ChangeNotice(String node, Kind kind, List<String> documentIds) {

    public static final String CHANNEL = "archive_changes";
    /** PostgreSQL refuses a payload of 8000 bytes or more. */
    static final int MAX_PAYLOAD_BYTES = 7999;

    public enum Kind {
        /** New text versions: their current version, OCFL inventory and everything cited changed. */
        VERSIONS("versions"),
        /** A version changing only the metadata (a correction, a provenance decision): inventory and citations. */
        METADATA("metadata"),
        /** Derived data (extracted metadata, provenance links) changed: citations. */
        DERIVED("derived");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        static Optional<Kind> of(String code) {
            return Arrays.stream(values()).filter(kind -> kind.code.equals(code)).findFirst();
        }
    }

    public ChangeNotice {
        documentIds = List.copyOf(documentIds);
    }

    public String payload() {
        return node + " " + kind.code + " " + String.join(",", documentIds);
    }

    /** Notices of at most {@link #MAX_PAYLOAD_BYTES} each that together name every id (ids are ASCII hex). */
    static List<ChangeNotice> split(String node, Kind kind, List<String> documentIds) {
        int fixed = (node + " " + kind.code + " ").getBytes(StandardCharsets.UTF_8).length;
        List<ChangeNotice> notices = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int length = fixed;
        for (String id : documentIds) {
            int added = (chunk.isEmpty() ? 0 : 1) + id.length();
            if (!chunk.isEmpty() && length + added > MAX_PAYLOAD_BYTES) {
                notices.add(new ChangeNotice(node, kind, chunk));
                chunk = new ArrayList<>();
                length = fixed;
                added = id.length();
            }
            chunk.add(id);
            length += added;
        }
        if (!chunk.isEmpty()) {
            notices.add(new ChangeNotice(node, kind, chunk));
        }
        return notices;
    }

    /** Empty for a payload this version of the archive does not understand. */
    static Optional<ChangeNotice> parse(String payload) {
        String[] parts = payload.split(" ", -1);
        if (parts.length != 3 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = parts[2].isEmpty() ? List.of() : List.of(parts[2].split(","));
        if (!ids.stream().allMatch(DocumentId::isValid)) {
            return Optional.empty();
        }
        return Kind.of(parts[1]).map(kind -> new ChangeNotice(parts[0], kind, ids));
    }
}
