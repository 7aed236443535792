package archive.api.support;

import static archive.api.support.Accounts.asLibrarian;

/** What a client reads about a document before it changes it. */
public final class Documents {

    private Documents() {
    }

    /** The current version's ETag, which a new version names in If-Match (the archive requires it). */
    public static String currentEtag(String id) {
        return asLibrarian().get("/api/v1/documents/{id}/text", id).then().statusCode(200).extract().header("ETag");
    }
}
