package archive.web.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Accounts;
import archive.web.support.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** An administrator in a real browser creates an account, opens it, then creates a personal API token. */
@QuarkusTest
class AdminBrowserTest extends BrowserTest {

    @Test
    void createsAnAccountAndAToken() {
        browser.go("/admin/accounts");
        browser.waitFor(ExpectedConditions.urlContains("/login"));
        browser.find("#username").sendKeys(Accounts.ADMIN);
        browser.find("#password").sendKeys(Accounts.ADMIN_PASSWORD, Keys.ENTER);
        browser.waitFor(ExpectedConditions.urlContains("/admin/accounts"));

        String name = "browser-" + UUID.randomUUID().toString().substring(0, 8);
        browser.find("#new-username").sendKeys(name);
        browser.find("#new-password").sendKeys(Accounts.PASSWORD);
        browser.find("form[action='/admin/accounts'] input[value='librarian']").click();
        browser.find("form[action='/admin/accounts'] button[type=submit]").click();

        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-confirmation]")));
        assertEquals("Account " + name + " created, with the roles librarian. It can sign in now.",
                browser.find("[data-confirmation]").getText());
        assertEquals(browser.find("[data-confirmation]"), browser.focused());
        assertTrue(browser.find("tr[data-account='" + name + "'] input[value='librarian']").isSelected());
        browser.screenshot("admin-accounts");
        browser.find("a[href='/admin/accounts/" + name + "']").click();
        browser.waitFor(ExpectedConditions.textToBe(By.tagName("h1"), name));
        browser.screenshot("admin-account");

        browser.find("a[href='/account/tokens']").click();
        browser.find("#token-name").sendKeys("from the browser", Keys.ENTER);
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("new-token")));
        assertTrue(browser.find("#new-token").getText().startsWith("archive_"));
        assertTrue(browser.find("[data-copy='new-token']").isDisplayed(), "the copy button is shown with JavaScript");
        browser.screenshot("api-tokens");
        assertFalse(browser.alertOpen());
    }
}
