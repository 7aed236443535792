package archive.core.bags;

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

    private BagLayout() {
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
}
