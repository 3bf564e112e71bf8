package io.claimwatch.support;

import io.claimwatch.demo.DemoData;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Base of the console's browser tests: the THAAD demo loaded into this run's app and one headless
 * Chromium for the class (skipped where Debian's chromium is not installed).
 */
public abstract class BrowserTest extends ApiTest {

    protected static Browser browser;
    protected static ChromeDriver driver;

    @BeforeParameterizedClassInvocation
    static void demoAndBrowser() {
        DemoData.load(app.services());
        browser = Browser.start();
        driver = browser.driver();
    }

    @AfterParameterizedClassInvocation
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
            browser = null;
        }
    }

    /** The address of {@code path} on this run's app. */
    protected static String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }
}
