package archive.web.librarian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Accounts;
import archive.api.support.Texts;
import archive.web.support.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A librarian in a real browser: signs in, uploads one file and finds it, bulk-uploads, audits. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LibrarianBrowserTest extends BrowserTest {

    private static final Path UPLOADS = Path.of("target/browser-uploads").toAbsolutePath();

    @Test
    @Order(1)
    void signsInFromTheLoginPageTheLibrarianPagesSendTo() {
        browser.go("/librarian/upload");
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        browser.screenshot("login");

        browser.find("#username").sendKeys(Accounts.ADMIN);
        browser.find("#password").sendKeys(Accounts.ADMIN_PASSWORD, Keys.ENTER);

        browser.waitFor(ExpectedConditions.urlContains("/librarian/upload"));
        assertEquals("Upload a document", browser.find("h1").getText());
        assertTrue(browser.find(".site-header").getText().contains("Sign out"));
    }

    @Test
    @Order(2)
    void uploadsAFileAndFindsItInSearch() throws IOException {
        String word = "zqbrowser" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        Path file = write("dispatch-" + word + ".txt", "A dispatch about " + word + ".\n");

        browser.go("/librarian/upload");
        browser.find("#file").sendKeys(file.toString());
        browser.find("form.stacked-form button[type=submit]").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".outcome h2"),
                "Archived"));
        assertTrue(browser.find(".outcome").getText().contains(file.getFileName().toString()));
        browser.screenshot("upload");

        browser.go("/");
        browser.find("#q").sendKeys(word, Keys.ENTER);
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.id("results-heading"),
                "1 document matches"));
        assertEquals(file.getFileName().toString(), browser.find(".result-title a").getText());
    }

    @Test
    @Order(3)
    void bulkUploadsThreeFilesWithProgressAndAReport() throws IOException {
        List<String> names = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Path file = write("bulk-" + i + "-" + UUID.randomUUID() + ".txt", Texts.unique("Bulk file " + i));
            names.add(file.getFileName().toString());
            paths.add(file.toString());
        }

        browser.go("/librarian/bulk");
        browser.find("#files").sendKeys(String.join("\n", paths));
        browser.find("form[data-bulk-upload] button[type=submit]").click();
        browser.waitFor(ExpectedConditions.textToBe(By.id("progress-heading"), "Upload finished"));

        assertEquals("3", browser.find("[data-progress-bar]").getAttribute("max"));
        assertEquals("3", browser.find("[data-progress-bar]").getAttribute("value"));
        assertEquals("3 of 3 files uploaded.", browser.find("[data-progress-status]").getText());
        assertEquals("3 files: 3 archived, 0 already archived, 0 refused.",
                browser.find("[data-report-summary]").getText());
        List<String> reported = browser.findAll("[data-report-rows] tr td:first-child").stream()
                .map(cell -> cell.getText()).toList();
        assertEquals(names, reported);
        assertEquals(3, browser.findAll("[data-report-rows] .badge-imported").size());
        browser.screenshot("bulk-upload");
    }

    @Test
    @Order(4)
    void runsTheFixityAudit() {
        browser.go("/librarian/fixity");
        browser.find("form[data-busy-form] button[type=submit]").click();
        browser.waitFor(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fixity-report"),
                "Every document passed."));
        browser.screenshot("fixity");
    }

    private static Path write(String name, String text) throws IOException {
        Files.createDirectories(UPLOADS);
        return Files.writeString(UPLOADS.resolve(name), text);
    }
}
