package archive.api.support;

import static archive.api.support.Accounts.asLibrarian;

/** What a client reads about a document before it changes it, and the document itself. */
public final class Documents {

    private Documents() {
    }

    /** Archives the text as a new document (story.txt), as a librarian; returns its id. */
    public static String upload(String text) {
        return asLibrarian().contentType("text/plain").body(Texts.utf8(text))
                .post("/api/v1/documents?filename=story.txt").then().statusCode(201).extract().path("id");
    }

    /** The current version's ETag, which a new version names in If-Match (the archive requires it). */
    public static String currentEtag(String id) {
        return asLibrarian().get("/api/v1/documents/{id}/text", id).then().statusCode(200).extract().header("ETag");
    }
}
