package archive.api.metadata;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.currentEtag;
import static archive.api.support.Texts.utf8;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import archive.api.support.Seeds;
import archive.core.storage.ObjectMetadata;
import archive.core.storage.ObjectMetadataCodec;
import archive.core.storage.ObjectStore;
import io.ocfl.api.model.VersionNum;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetadataCorrectionApiTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Inject
    ObjectStore store;

    @Inject
    ObjectMetadataCodec codec;

    @Test
    void correctionIsANewOcflVersionWhoseMetadataJsonCarriesIt() {
        String id = upload(defenseStory("Hold Talks", "2024/Jul/22"));
        String extractedTitle = given().get("/api/v1/documents/{id}/metadata", id).path("fields.title.value");

        asLibrarian().contentType(MERGE_PATCH)
                .body("{\"title\": \"Officials Hold Talks at the Pentagon\", \"authors\": [\"Jim Garamone\"]}")
                .patch("/api/v1/documents/{id}/metadata", id)
                .then().statusCode(200)
                .body("metadataVersion", equalTo(1))
                .body("fields.title.value", equalTo("Officials Hold Talks at the Pentagon"))
                .body("fields.title.origin", equalTo("corrected"))
                .body("fields.title.confidence", equalTo(1.0f))
                .body("fields.title.rule", equalTo("librarian-correction"))
                .body("fields.title.setBy", equalTo("admin"))
                .body("fields.authors.value", contains("Jim Garamone"))
                .body("fields.publisher.origin", equalTo("extracted"));

        given().get("/api/v1/documents/{id}/metadata/history", id)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("[0].metadataVersion", equalTo(1))
                .body("[0].field", equalTo("title"))
                .body("[0].from", equalTo(extractedTitle))
                .body("[0].to", equalTo("Officials Hold Talks at the Pentagon"))
                .body("[0].by", equalTo("admin"))
                .body("[0].ocflVersion", equalTo("v2"))
                .body("[1].field", equalTo("authors"))
                .body("[1].from", nullValue());
        given().get("/api/v1/documents/{id}/events", id)
                .then().body("type", hasItem("metadata-correction"));

        assertEquals(VersionNum.fromString("v2"), store.head(id).orElseThrow());
        ObjectMetadata stored = codec.read(store.readMetadata(id, VersionNum.fromString("v2")));
        assertEquals(1, stored.textVersion());
        assertEquals(2, stored.corrections().size());
        assertEquals("title", stored.corrections().get(0).field());
        assertEquals(extractedTitle, stored.corrections().get(0).from().asText());
        assertEquals("Officials Hold Talks at the Pentagon", stored.corrections().get(0).to().asText());
        assertArrayEquals(store.readText(id, VersionNum.V1), store.readText(id, VersionNum.fromString("v2")));
    }

    @Test
    void aCorrectionKeepsThePreviousValueAndJsonIsAcceptedToo() {
        String id = upload(defenseStory("Meet Again", "2024/Jul/22"));
        correct(id, "{\"publisher\": \"DoD News\"}");

        asLibrarian().contentType("application/json").body("{\"publisher\": \"DOD News\"}")
                .patch("/api/v1/documents/{id}/metadata", id)
                .then().statusCode(200)
                .body("metadataVersion", equalTo(2))
                .body("fields.publisher.value", equalTo("DOD News"));

        given().get("/api/v1/documents/{id}/metadata/history", id)
                .then().body("from", contains(Seeds.DOD, "DoD News"))
                .body("to", contains("DoD News", "DOD News"))
                .body("ocflVersion", contains("v2", "v3"));
    }

    @Test
    void repeatingTheLibrariansValueWritesNothing() {
        String id = upload(defenseStory("Confirm", "2024/Jul/22"));
        correct(id, "{\"publisher\": \"U.S. Department of Defense\"}");

        correct(id, "{\"publisher\": \"U.S. Department of Defense\"}")
                .then().body("metadataVersion", equalTo(1));

        assertEquals(VersionNum.fromString("v2"), store.head(id).orElseThrow());
        given().get("/api/v1/documents/{id}/metadata/history", id).then().body("", hasSize(1));
    }

    @Test
    void nullRemovesAValueAndExtractionDoesNotBringItBack() {
        String id = upload(defenseStory("Remove", "2024/Jul/22"));

        correct(id, "{\"imageUrl\": null}")
                .then().statusCode(200)
                .body("fields.imageUrl.value", nullValue())
                .body("fields.imageUrl.origin", equalTo("corrected"));
        newVersion(id, defenseStory("Remove Again", "2024/Aug/01"));

        given().get("/api/v1/documents/{id}/metadata", id)
                .then().body("fields.imageUrl.value", nullValue())
                .body("fields.imageUrl.origin", equalTo("corrected"));
    }

    @Test
    void correctionsSurviveANewTextVersionWhichUpdatesOnlyExtractedFields() {
        String id = upload(defenseStory("First Words", "2024/Jul/22"));
        correct(id, "{\"title\": \"The Librarian's Title\"}");

        newVersion(id, defenseStory("Second Words", "2024/Aug/01"));

        given().get("/api/v1/documents/{id}/metadata", id)
                .then().statusCode(200)
                .body("metadataVersion", equalTo(1))
                .body("fields.title.value", equalTo("The Librarian's Title"))
                .body("fields.title.origin", equalTo("corrected"))
                .body("fields.publicationDate.value", equalTo("2024-08-01"))
                .body("fields.publicationDate.origin", equalTo("extracted"))
                .body("fields.publicationDate.textVersion", equalTo(2));
        given().get("/api/v1/documents/{id}/metadata/history", id).then().body("", hasSize(1));
        ObjectMetadata head = codec.read(store.readMetadata(id, store.head(id).orElseThrow()));
        assertEquals(2, head.textVersion());
        assertEquals("The Librarian's Title", head.corrections().get(0).to().asText());
    }

    @Test
    void aCorrectedDateIsCheckedAgainstTheText() throws Exception {
        String misdated = Files.readString(Path.of("../seeds/004_ae93cf49b4b6e044.txt"));
        String id = upload(misdated.replace("Iraq News USA News", "Iraq News USA News " + UUID.randomUUID()));
        given().get("/api/v1/documents/{id}/metadata", id).then().body("flags.type", contains("DATE_CONTRADICTS_TEXT"));

        correct(id, "{\"publicationDate\": \"2024-12\"}").then().body("flags", empty());
        correct(id, "{\"publicationDate\": \"2021\"}")
                .then().body("flags.type", contains("DATE_CONTRADICTS_TEXT"))
                .body("flags[0].detail", containsString("2021-01-01"));
    }

    /** A date the text contradicts is left out of citations until a librarian sets or confirms one. */
    @Test
    void aFlaggedDateIsCitedOnceALibrarianConfirmsIt() throws Exception {
        String misdated = Files.readString(Path.of("../seeds/004_ae93cf49b4b6e044.txt"));
        String id = upload(misdated.replace("Iraq News USA News", "Iraq News USA News " + UUID.randomUUID()));
        String apa = "/api/v1/documents/{id}/citation?style=apa&with=none";
        given().get(apa, id).then().statusCode(200).body("citation", containsString("(n.d.)"));

        correct(id, "{\"publicationDate\": \"2022-12-09\"}").then().body("flags.type", contains("DATE_CONTRADICTS_TEXT"));
        given().get(apa, id).then().statusCode(200).body("citation", containsString("(2022, December 9)"));
    }

    @Test
    void badCorrectionsAre400ProblemsNamingTheField() {
        String id = Seeds.DEFENSE_STORY_SEPTEMBER;
        rejected(id, "{\"headline\": \"x\"}", "'headline'");
        rejected(id, "{\"publicationDate\": \"2024-02-30\"}", "'publicationDate'");
        rejected(id, "{\"publicationDate\": \"22 July 2024\"}", "'publicationDate'");
        rejected(id, "{\"title\": 42}", "'title'");
        rejected(id, "{\"title\": \"  \"}", "'title'");
        rejected(id, "{\"authors\": \"Jim Garamone\"}", "'authors'");
        rejected(id, "{\"authors\": [\"Jim Garamone\", 7]}", "'authors'");
        rejected(id, "{\"sourceUrl\": \"ftp://example.com/x\"}", "'sourceUrl'");
        rejected(id, "{\"kind\": \"copy\"}", "'kind'");
        rejected(id, "[\"title\"]", "JSON object");
        rejected(id, "", "JSON object");
        asLibrarian().contentType(MERGE_PATCH).body("{\"title\": ").patch("/api/v1/documents/{id}/metadata", id)
                .then().statusCode(400).contentType("application/problem+json");

        given().get("/api/v1/documents/{id}/metadata", id).then().body("metadataVersion", equalTo(0));
        given().get("/api/v1/documents/{id}/metadata/history", id).then().body("", empty());
    }

    @Test
    void writesNeedALibrarianAJsonBodyAndAnArchivedDocument() {
        given().contentType(MERGE_PATCH).body("{\"title\": \"x\"}")
                .patch("/api/v1/documents/{id}/metadata", Seeds.DEFENSE_STORY_SEPTEMBER)
                .then().statusCode(401).contentType("application/problem+json");
        asLibrarian().contentType("text/plain").body("title=x")
                .patch("/api/v1/documents/{id}/metadata", Seeds.DEFENSE_STORY_SEPTEMBER)
                .then().statusCode(415);
        correct("0000000000000000", "{\"title\": \"x\"}").then().statusCode(404);
    }

    private static void rejected(String id, String patch, String named) {
        correct(id, patch).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/invalid-metadata-correction"))
                .body("detail", containsString(named));
    }

    private static io.restassured.response.Response correct(String id, String patch) {
        return asLibrarian().contentType(MERGE_PATCH).body(patch).patch("/api/v1/documents/{id}/metadata", id);
    }

    /** A defense.gov story as the seeds have them: image URL (dated), body, credit line with the headline. */
    static String defenseStory(String headline, String imageDatePath) {
        String unique = UUID.randomUUID().toString();
        return "https://media.defense.gov/" + imageDatePath + "/2003508043/825/780/0/photo.JPG\n\n"
                + "Defense officials met their counterparts at the Pentagon to discuss cooperation (" + unique
                + ").\n\n"
                + "This Defense news article \"Officials " + headline + " " + unique
                + "\" was originally found on https://www.defense.gov/News/News-Stories/\n";
    }

    private static String upload(String text) {
        return asLibrarian().contentType("text/plain").body(utf8(text)).post("/api/v1/documents?filename=story.txt")
                .then().statusCode(201).extract().path("id");
    }

    private static void newVersion(String id, String text) {
        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(id)).body(utf8(text))
                .put("/api/v1/documents/{id}/text", id)
                .then().statusCode(201);
    }
}
