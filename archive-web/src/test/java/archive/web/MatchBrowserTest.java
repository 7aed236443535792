package archive.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import archive.api.support.Seeds;
import archive.api.support.SeedsOnlyArchive;
import archive.api.support.Texts;
import archive.web.support.BrowserTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** A reader in a real browser asks where a text that is not archived comes from. */
@QuarkusTest
@TestProfile(SeedsOnlyArchive.class)
class MatchBrowserTest extends BrowserTest {

    @Test
    void pastesSeed001AndSeesSeed000FirstWithItsShareAndTheAlignedPassages() {
        String pasted = Texts.seed("001_14e58095c9a75005.txt");
        browser.go("/");
        browser.find(".search-aside a[href='/provenance/match']").click();
        browser.waitFor(ExpectedConditions.urlContains("/provenance/match"));

        browser.find("#text").sendKeys(pasted);
        browser.find(".match-form button[type=submit]").click();
        browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.id("sources-heading")));

        assertEquals("sources-heading", browser.focused().getAttribute("id"), "the results get the focus");
        WebElement first = browser.find("ol.match-list > li");
        assertEquals(Seeds.DEFENSE_STORY_JULY, first.getAttribute("data-source"));
        assertEquals(Seeds.DEFENSE_STORY_JULY_TITLE, first.findElement(By.cssSelector("h3")).getText());
        assertTrue(first.findElement(By.cssSelector("[data-share]")).getText().matches("\\d{1,3}%"));
        assertEquals("/documents/" + Seeds.DEFENSE_STORY_JULY + "#cite", first.findElement(By.linkText(
                "Cite the source")).getDomAttribute("href"));
        assertTrue(browser.find("#text").getDomProperty("value").startsWith(pasted.substring(0, 80)),
                "the pasted text is kept");

        List<WebElement> inPasted = first.findElements(By.cssSelector("[data-side=pasted] mark.passage"));
        assertFalse(inPasted.isEmpty());
        assertEquals(inPasted.size(), first.findElements(By.cssSelector("[data-side=source] mark.passage")).size());
        WebElement number = inPasted.get(0).findElement(By.cssSelector(".passage-number"));
        browser.script("arguments[0].scrollIntoView({block: 'center'})", number);
        String passage = number.getText();
        number.click();
        browser.waitFor(ExpectedConditions.urlContains("#m1-s-" + passage));
        browser.screenshot("match");
    }
}
