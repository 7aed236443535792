package archive.api.bags;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Accounts;
import archive.api.support.Bags;
import archive.api.support.Seeds;
import archive.api.support.Texts;
import com.fasterxml.jackson.databind.ObjectMapper;
import gov.loc.repository.bagit.domain.Bag;
import gov.loc.repository.bagit.domain.Manifest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A document's bag, read and verified by bagit-java. */
@QuarkusTest
class DocumentBagApiTest {

    private static final String ID = Seeds.UNTITLED_REWRITE;
    private final ObjectMapper json = new ObjectMapper();

    @TempDir
    Path temporary;

    @Test
    void theBagVerifiesAndCarriesEveryVersionTheMetadataEventsAndCitations() throws Exception {
        Response response = given().get("/api/v1/documents/{id}/bag", ID);
        response.then().statusCode(200).contentType("application/zip")
                .header("Content-Disposition", "attachment; filename=\"" + ID + ".zip\"");
        Path base = Bags.unzip(response.asByteArray(), temporary);
        assertEquals(ID, base.getFileName().toString());
        Bag bag = Bags.verified(base);

        Path data = base.resolve("data");
        Path version = onlyFileIn(data.resolve("versions/v1"));
        assertArrayEquals(given().get("/api/v1/documents/{id}/versions/1/text", ID).asByteArray(),
                Files.readAllBytes(version));
        assertEquals(json.readTree(given().get("/api/v1/documents/{id}/metadata", ID).asByteArray()),
                json.readTree(data.resolve("metadata.json").toFile()));
        assertEquals(json.readTree(given().get("/api/v1/documents/{id}/events", ID).asByteArray()),
                json.readTree(data.resolve("events.json").toFile()));
        for (String style : List.of("apa", "modern-language-association", "chicago-notes-bibliography")) {
            assertFalse(Files.readString(data.resolve("citations/" + style + ".txt")).isBlank(), style);
        }

        assertEquals(List.of(ID), bag.getMetadata().get("External-Identifier"));
        assertEquals(List.of(LocalDate.now(ZoneOffset.UTC).toString()), bag.getMetadata().get("Bagging-Date"));
        assertEquals(1, bag.getMetadata().get("Payload-Oxum").size());
        assertEquals(Set.of("sha256", "sha512"), algorithms(bag.getPayLoadManifests()));
        assertEquals(Set.of("sha256", "sha512"), algorithms(bag.getTagManifests()));

        Bags.assertRefusedAfterFlippingAByteOf(base, version);
    }

    @Test
    void everyVersionIsInTheBagUnderTheNameItWasUploadedWith() throws Exception {
        String id = Accounts.asLibrarian().contentType("text/plain").body(Texts.unique("A bagged text"))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        Accounts.asLibrarian().contentType("text/plain").header("If-Match", "*").queryParam("filename", "second.txt")
                .body(Texts.unique("Its second version")).put("/api/v1/documents/{id}/text", id).then()
                .statusCode(201);
        Path data = Bags.verified(Bags.unzip(given().get("/api/v1/documents/{id}/bag", id).asByteArray(), temporary))
                .getRootDir().resolve("data");
        for (int number = 1; number <= 2; number++) {
            assertArrayEquals(given().get("/api/v1/documents/{id}/versions/{n}/text", id, number).asByteArray(),
                    Files.readAllBytes(onlyFileIn(data.resolve("versions/v" + number))));
        }
        assertEquals(id + ".txt", onlyFileIn(data.resolve("versions/v1")).getFileName().toString(),
                "the name the archive gives a text sent without one");
        assertTrue(Files.exists(data.resolve("versions/v2/second.txt")));
    }

    @Test
    void withoutAnArchiveNameTheBagNamesNoOrganization() throws Exception {
        Bag bag = Bags.verified(Bags.unzip(given().get("/api/v1/documents/{id}/bag", ID).asByteArray(),
                temporary));
        assertFalse(bag.getMetadata().contains("Source-Organization"));
    }

    /**
     * Each bag is written in a temporary directory, deleted before the body's last chunk is sent, so it is gone once
     * the client has read the zip (or only its head).
     */
    @Test
    void noBagIsLeftBehind() throws Exception {
        given().get("/api/v1/documents/{id}/bag", ID).then().statusCode(200);
        given().head("/api/v1/documents/{id}/bag", ID).then().statusCode(200);
        assertEquals(List.of(), workAreas());
    }

    @Test
    void anUnknownDocumentHasNoBag() {
        given().get("/api/v1/documents/{id}/bag", "0000000000000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static List<Path> workAreas() throws Exception {
        try (Stream<Path> temporary = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return temporary.filter(path -> path.getFileName().toString().startsWith("archive-bag-")).toList();
        }
    }

    private static Path onlyFileIn(Path directory) throws Exception {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), directory + " holds one version's file");
            assertTrue(Files.isRegularFile(all.get(0)));
            return all.get(0);
        }
    }

    private static Set<String> algorithms(Set<Manifest> manifests) {
        return manifests.stream().map(manifest -> manifest.getAlgorithm().getBagitName())
                .collect(Collectors.toSet());
    }
}
