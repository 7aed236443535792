package archive.web;

import static archive.api.support.Accounts.asLibrarian;
import static archive.api.support.Documents.currentEtag;
import static io.restassured.RestAssured.given;
import static archive.api.support.Texts.unique;
import static archive.api.support.Texts.utf8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.web.support.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** A reader in a real browser: searches, opens documents, cites them, compares versions and sources. */
@QuarkusTest
class ReaderBrowserTest extends BrowserTest {

    @Test
    void searchesForPeshmergaAndOpensSeed001() {
        // Other tests archive copies of the seeds too: expect what the archive holds, seeds among it.
        int total = given().get("/api/v1/search?q=Peshmerga").then().extract().path("total");
        browser.go("/");
        browser.find("#q").sendKeys("Peshmerga", Keys.ENTER);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("results-heading"),
                total + " documents match"));

        List<String> found = browser.findAll(".result-title a").stream().map(a -> a.getAttribute("href"))
                .map(href -> href.substring(href.lastIndexOf('/') + 1)).toList();
        assertEquals(Math.min(total, 20), found.size());
        assertTrue(found.containsAll(List.of("095111aef963144d", "14e58095c9a75005", "ae93cf49b4b6e044")),
                found::toString);
        assertTrue(browser.findAll(".snippet mark").stream().allMatch(mark -> mark.getText().equals("Peshmerga")));
        browser.screenshot("home");

        browser.find(".result-title a[href='/documents/14e58095c9a75005']").click();
        browser.waitFor(ExpectedConditions.urlContains("/documents/14e58095c9a75005"));
        assertEquals(given().get("/api/v1/documents/{id}/metadata", Seeds.UNTITLED_REWRITE)
                .path("fields.title.value"), browser.find("h1").getText());
        assertTrue(browser.find(".archived-text").getText()
                .startsWith("U.S. and Iraqi officials have gathered at the Pentagon"));
    }

    @Test
    void citesSeed001NamingItsSourceInApaThenMlaAndCopiesIt() {
        browser.go("/documents/" + Seeds.UNTITLED_REWRITE);
        String apa = browser.find("#citation-output").getText();
        assertTrue(apa.contains(Seeds.DEFENSE_STORY_JULY_TITLE), apa);

        new Select(browser.find("#cite-style")).selectByValue("modern-language-association");
        browser.waitFor(driver -> !browser.find("#citation-output").getText().equals(apa));
        String mla = browser.find("#citation-output").getText();
        assertEquals(given().get("/api/v1/documents/{id}/citation?style=modern-language-association",
                Seeds.UNTITLED_REWRITE).path("citation"), mla);
        assertTrue(mla.contains(Seeds.DEFENSE_STORY_JULY_TITLE), mla);

        WebElement copy = browser.find("[data-copy]");
        browser.script("arguments[0].scrollIntoView({block: 'center'})", copy);
        copy.click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-copy-status]"),
                "Copied"));
        browser.screenshot("document");
    }

    @Test
    void findsAnyCslStyleByTypingAndCitesInIt() {
        String nature = given().get("/api/v1/documents/{id}/citation?style=nature", Seeds.DEFENSE_STORY_JULY)
                .path("citation");
        browser.go("/documents/" + Seeds.DEFENSE_STORY_JULY);

        WebElement field = browser.find("#cite-any-style");
        field.sendKeys("nature");
        browser.waitFor(driver -> !browser.findAll("#cite-style-matches option[value='nature']").isEmpty());
        field.sendKeys(Keys.ENTER);

        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("citation-output"), nature));
        assertTrue(browser.path().contains("style=nature"), browser.path());
    }

    @Test
    void comparesSeed001WithItsSourceMarkingSharedPassagesInBoth() {
        browser.go("/documents/" + Seeds.UNTITLED_REWRITE);
        browser.find("a[href='/documents/" + Seeds.UNTITLED_REWRITE + "/compare/" + Seeds.DEFENSE_STORY_JULY + "']")
                .click();
        browser.waitFor(ExpectedConditions.urlContains("/compare/"));

        List<WebElement> derived = browser.findAll("[data-side=derived] mark.passage");
        assertFalse(derived.isEmpty());
        assertFalse(browser.findAll("[data-side=source] mark.passage").isEmpty());
        String number = derived.get(0).findElement(By.cssSelector(".passage-number")).getText();
        derived.get(0).findElement(By.cssSelector(".passage-number")).click();
        browser.waitFor(ExpectedConditions.urlContains("#s-" + number));
        browser.screenshot("compare");
    }

    @Test
    void aTitleCorrectedToScriptStaysInertOnThePageAndInTheCiteBox() {
        String id = asLibrarian().contentType("text/plain").body(utf8(unique("A story about the Pentagon.")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        asLibrarian().contentType("application/merge-patch+json").body("{\"title\": \"<script>alert(1)</script>\"}")
                .patch("/api/v1/documents/{id}/metadata", id).then().statusCode(200);

        browser.go("/documents/" + id);
        assertFalse(browser.alertOpen(), "no dialog opened");
        assertEquals("<script>alert(1)</script>", browser.find("h1").getText());
        assertTrue(browser.find("#citation-output").getText().contains("<script>alert(1)</script>"));

        browser.find("input[name=format][value=html]").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("citation-output"), "csl-entry"));
        assertFalse(browser.alertOpen(), "no dialog opened");
        assertTrue(browser.find("#citation-output").getText().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(browser.findAll("h1 script, .cite-box script, .metadata script").isEmpty());
    }

    @Test
    void showsScriptInAnArchivedTextAsVisibleTextAndNeverRunsIt() {
        String text = unique("Before <script>alert(1)</script> and <img src=x onerror=\"alert(2)\"> after");
        String id = asLibrarian().contentType("text/plain").body(utf8(text)).post("/api/v1/documents")
                .then().statusCode(201).extract().path("id");

        browser.go("/documents/" + id);

        assertFalse(browser.alertOpen(), "no dialog opened");
        WebElement archived = browser.find(".archived-text");
        assertTrue(archived.isDisplayed());
        assertTrue(archived.getText().contains("<script>alert(1)</script>"), archived.getText());
        assertTrue(archived.getText().contains("<img src=x onerror=\"alert(2)\">"), archived.getText());
        assertTrue(browser.findAll(".archived-text script, .archived-text img").isEmpty());
    }

    @Test
    void comparesTwoVersionsMarkingDeletionsAndInsertions() {
        String id = asLibrarian().contentType("text/plain")
                .body(utf8("Officials met at the Pentagon on Monday.\nThe talks continue.\n" + unique("v1")))
                .post("/api/v1/documents").then().statusCode(201).extract().path("id");
        asLibrarian().contentType("text/plain").header("If-Match", currentEtag(id))
                .body(utf8("Officials met at the Pentagon on Tuesday.\nThe talks continue.\n" + unique("v2")))
                .put("/api/v1/documents/{id}/text", id).then().statusCode(201);

        browser.go("/documents/" + id);
        browser.find("a[href='/documents/" + id + "/diff?from=1&to=2']").click();
        browser.waitFor(ExpectedConditions.urlContains("/diff"));

        assertEquals("[deleted: Monday]", browser.find(".diff del").getAttribute("textContent"));
        assertEquals("[inserted: Tuesday]", browser.find(".diff ins").getAttribute("textContent"));
        assertEquals("line-through", browser.find(".diff del").getCssValue("text-decoration-line"));
        browser.screenshot("diff");
    }

    @Test
    void letsKeyboardUsersSkipToTheContent() {
        browser.go("/");
        browser.find("body").sendKeys(Keys.TAB);
        assertEquals("Skip to main content", browser.focused().getText());
        browser.focused().sendKeys(Keys.ENTER);
        assertEquals("main", browser.focused().getAttribute("id"));
    }

    @Test
    void answersUnknownDocumentsWithAFriendlyPage() {
        browser.go("/documents/0000000000000000");
        assertEquals("Not found", browser.find("h1").getText());
        assertTrue(browser.find(".lead").getText().contains("No document with id '0000000000000000'"));
    }
}
