package archive.core.bags;

import archive.core.catalog.DocumentId;
import archive.core.problem.ProblemType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a document lies in the payload of a bag this archive makes, so that its export and its import agree: every
 * version's exact bytes at {@code versions/v<n>/<file name>}, beside {@code metadata.json}, {@code events.json} and
 * {@code citations/<style>.txt}. A document's bag has them at the top of its payload (the document id is the bag's
 * External-Identifier); a result-set bag has them in {@code documents/<id>/} for each document, and
 * {@code query.json} says what was asked and what matched.
 */
public final class BagLayout {

    public static final String METADATA = "metadata.json";
    public static final String EVENTS = "events.json";
    public static final String RESULT_SET = "query.json";

    private static final Pattern VERSION_FILE = Pattern.compile(
            "(documents/([0-9a-f]{16})/)?versions/v([1-9][0-9]{0,8})/([^/]+)");

    private BagLayout() {
    }

    /** A document's versions, in order, and the id its bag gives it (absent when the bag names none). */
    public record BaggedDocument(Optional<String> id, List<BaggedVersion> versions) {
    }

    /** @param path the version's file inside the payload (data/) */
    public record BaggedVersion(int number, String path, String fileName) {
    }

    /** The folder of one document in a result-set bag. */
    public static String documentFolder(String id) {
        return "documents/" + id + "/";
    }

    public static String versionFile(int number, String fileName) {
        return "versions/v" + number + "/" + fileName;
    }

    public static String citationFile(String style) {
        return "citations/" + style + ".txt";
    }

    /**
     * The documents among a bag's payload files (paths inside data/), in the order of their folders (the top of the
     * payload first), each with its versions in order; none when no file is in this layout. A document at the top
     * of the payload takes {@code topLevelId} if that is a document id.
     *
     * @throws BagRejectedException (bag-layout) when a document's versions are not numbered 1, 2, 3 … or a version
     *                              has more than one file
     */
    public static List<BaggedDocument> documents(List<String> payloadFiles, Optional<String> topLevelId) {
        Map<String, Map<Integer, List<String>>> folders = new TreeMap<>();
        for (String path : payloadFiles) {
            Matcher version = VERSION_FILE.matcher(path);
            if (version.matches()) {
                String folder = version.group(1) == null ? "" : version.group(1);
                folders.computeIfAbsent(folder, key -> new TreeMap<>())
                        .computeIfAbsent(Integer.parseInt(version.group(3)), key -> new ArrayList<>()).add(path);
            }
        }
        List<BaggedDocument> documents = new ArrayList<>();
        folders.forEach((folder, versions) -> {
            List<BaggedVersion> history = new ArrayList<>();
            versions.forEach((number, files) -> {
                if (number != history.size() + 1) {
                    throw new BagRejectedException(ProblemType.BAG_LAYOUT, "The bag's " + describe(folder)
                            + " has version " + number + " but no version " + (history.size() + 1) + " (data/"
                            + folder + "versions/v" + (history.size() + 1) + "/ is missing).");
                }
                if (files.size() != 1) {
                    throw new BagRejectedException(ProblemType.BAG_LAYOUT, "The bag's " + describe(folder)
                            + " has " + files.size() + " files as version " + number + " (data/" + folder
                            + "versions/v" + number + "/); a version is one text.");
                }
                String path = files.get(0);
                history.add(new BaggedVersion(number, path, path.substring(path.lastIndexOf('/') + 1)));
            });
            Optional<String> id = folder.isEmpty() ? topLevelId.filter(DocumentId::isValid)
                    : Optional.of(folder.substring("documents/".length(), folder.length() - 1));
            documents.add(new BaggedDocument(id, List.copyOf(history)));
        });
        return documents;
    }

    private static String describe(String folder) {
        return folder.isEmpty() ? "document" : "document in data/" + folder;
    }
}
