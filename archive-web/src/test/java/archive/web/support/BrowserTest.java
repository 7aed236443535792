package archive.web.support;

import io.quarkus.test.common.http.TestHTTPResource;
import java.net.URL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;

/** A test class whose tests share one browser, opened on the application under test and closed after the last. */
public abstract class BrowserTest {

    protected static Browser browser;

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void openBrowser() {
        if (browser == null) {
            browser = Browser.open(base);
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }
}
