package archive.web;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Script in a document's text or in its file name stays text when Debian's Chromium opens what the archive serves:
 * the DOM after loading shows the payload escaped, and nothing the payload would have done happened.
 */
@QuarkusTest
class HostileContentInBrowserTest {

    private static final String MARK = "data-pwned";
    private static final List<String> PAYLOADS = List.of(
            "<script>document.documentElement.setAttribute('" + MARK + "','script')</script>",
            "<img src=x onerror=\"document.documentElement.setAttribute('" + MARK + "','img')\">",
            "<svg onload=\"document.documentElement.setAttribute('" + MARK + "','svg')\"></svg>");

    @TestHTTPResource("/")
    URL server;

    @Test
    void hostileTextAndNamesRenderInert() throws Exception {
        String payload = String.join("\n", PAYLOADS);
        String id = asLibrarian().multiPart("file", "<img src=x onerror=alert(1)>.txt",
                utf8(unique(payload)), "text/plain").post("/api/v1/documents").then().statusCode(201)
                .extract().path("id");

        for (String path : List.of("api/v1/documents/" + id + "/text", "api/v1/documents/" + id,
                "api/v1/documents/" + id + "/events")) {
            String dom = renderedDom(path);
            assertFalse(dom.contains(MARK + "=\""), path + " ran the payload:\n" + dom);
            assertTrue(dom.contains("&lt;img src=x onerror="), path + " shows the payload as text:\n" + dom);
            assertFalse(dom.contains("<img"), path + " holds no live element from the payload");
            System.out.printf("browser: %s rendered inert in Chromium%n", path);
        }
    }

    /** The DOM Chromium builds from the page, after it loaded and ran whatever it was allowed to run. */
    private String renderedDom(String path) throws IOException, InterruptedException {
        Process chromium = new ProcessBuilder("chromium", "--headless=new", "--no-sandbox", "--disable-gpu",
                "--dump-dom", server.toString() + path)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "Chromium finished");
        assertEquals(0, chromium.exitValue(), "Chromium (/usr/bin/chromium, installed by .ci/run) rendered " + path);
        return dom;
    }
}
