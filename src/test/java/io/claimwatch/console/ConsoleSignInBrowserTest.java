package io.claimwatch.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.BrowserTest;
import io.claimwatch.support.Keys;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Once the server has API keys, the console asks for one: readers read, reviewers review under their key's name. */
class ConsoleSignInBrowserTest extends BrowserTest {

    private static String reviewer;
    private static String reader;
    private static String admin;

    @BeforeParameterizedClassInvocation
    static void keys() {
        admin = Keys.create(databaseUrl(), "desk", "admin");
        reviewer = Keys.create(databaseUrl(), "ana", "reviewer");
        reader = Keys.create(databaseUrl(), "rita", "reader");
    }

    private static void signIn(String key) {
        driver.findElement(By.id("key")).sendKeys(key);
        driver.findElement(By.cssSelector("form.signin button")).click();
    }

    private static void signOut() {
        driver.findElement(By.cssSelector(".who button")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/signin"));
    }

    private static JsonNode cookUrban() {
        for (JsonNode c : http.get("/api/v1/contradictions?relation=conflict", Keys.bearer(admin)).json().get("items")) {
            if (c.get("scope").asText().equals("same-source")) {
                return c;
            }
        }
        throw new AssertionError("the demo's Cook/Urban conflict is missing");
    }

    @Test
    void readersReadReviewersReviewUnderTheirKeysNameAndPublishedFindingsStayPublic() {
        long pair = cookUrban().get("id").asLong();
        driver.manage().deleteAllCookies();
        driver.get(url("/"));
        assertThat(driver.getCurrentUrl()).as("asked to sign in").startsWith(url("/signin"));
        signIn("cw_not-a-key");
        // the refusal arrives asynchronously (the 401 is the form's own request): wait for it
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=alert]"), "unknown or revoked"));
        assertThat(browser.consoleErrors()).as("the refused key's 401, and nothing else").singleElement()
                .asString().contains("/signin").contains("401");

        String before = driver.manage().getCookieNamed("cw_session").getValue();
        signIn(reader);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
        assertThat(driver.manage().getCookieNamed("cw_session").getValue()).as("a new session id on sign-in").isNotEqualTo(before);
        assertThat(driver.findElement(By.className("who")).getText()).contains("rita").contains("reader");
        assertThat(driver.findElements(By.cssSelector("article.pair"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("button.confirm"))).as("no review buttons for a reader").isEmpty();
        driver.get(url("/timeline/thaad-talks"));
        assertThat(driver.findElements(By.cssSelector("a.edge.conflict[data-contradiction='" + pair + "']"))).hasSize(1);
        signOut();

        signIn(reviewer);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
        driver.findElement(By.id("pair-" + pair)).findElement(By.cssSelector("button.confirm")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.id("pair-" + pair), "Marked confirmed by ana"));
        assertThat(http.get("/api/v1/contradictions/" + pair, Keys.bearer(admin)).json().get("reviewer").asText()).isEqualTo("ana");
        signOut();

        driver.get(url("/findings/" + pair));
        assertThat(driver.getCurrentUrl()).as("a confirmed finding is public").isEqualTo(url("/findings/" + pair));
        assertThat(driver.findElements(By.cssSelector("script[type='application/ld+json']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("button.confirm"))).isEmpty();
        long open = http.get("/api/v1/contradictions?status=open", Keys.bearer(admin)).json().get("items").get(0).get("id").asLong();
        driver.get(url("/findings/" + open));
        assertThat(driver.getCurrentUrl()).as("a pair under review is not").startsWith(url("/signin"));
        assertThat(browser.consoleErrors()).isEmpty();
    }
}
