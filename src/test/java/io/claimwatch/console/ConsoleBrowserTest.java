package io.claimwatch.console;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.claimwatch.support.BrowserTest;
import io.claimwatch.support.Fixtures;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The console in real headless Chromium over the THAAD demo, on each configured database. */
class ConsoleBrowserTest extends BrowserTest {

    private static final String TOPIC = "thaad-talks";

    private static WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(15));
    }

    /** The demo's pair of {@code relation} and {@code scope}, as the API lists it. */
    private static JsonNode pair(String relation, String scope) {
        for (JsonNode c : http.get("/api/v1/contradictions?topicId=" + TOPIC + "&relation=" + relation).json().get("items")) {
            if (c.get("scope").asText().equals(scope)) {
                return c;
            }
        }
        throw new AssertionError("the demo has no " + scope + " " + relation);
    }

    @Test
    void aReviewedPairLeavesTheQueueByMouseAndByKeyboard() {
        long cookUrban = pair("conflict", "same-source").get("id").asLong();
        driver.get(url("/"));
        WebElement card = driver.findElement(By.id("pair-" + cookUrban));
        assertThat(card.findElements(By.tagName("mark"))).as("the clashing words are highlighted").isNotEmpty();
        assertThat(card.getText()).contains("Peter Cook").contains("Bill Urban").contains("between 8 Feb 2016 and 15 Feb 2016");
        card.findElement(By.tagName("textarea")).sendKeys("Both remarks are on record.");
        card.findElement(By.cssSelector("button.confirm")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pair-" + cookUrban), "Marked confirmed"));
        JsonNode stored = http.get("/api/v1/contradictions/" + cookUrban).json();
        assertThat(stored.get("status").asText()).isEqualTo("confirmed");
        assertThat(stored.get("reviewNote").asText()).isEqualTo("Both remarks are on record.");

        // keyboard: j goes to the first remaining pair, d dismisses it
        driver.get(url("/"));
        List<WebElement> cards = driver.findElements(By.cssSelector("article.pair"));
        assertThat(cards).extracting(c -> c.getAttribute("id")).doesNotContain("pair-" + cookUrban);
        String first = cards.get(0).getAttribute("data-id");
        new Actions(driver).sendKeys("j").sendKeys("d").perform();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("pair-" + first), "Marked dismissed"));
        driver.navigate().refresh();
        assertThat(driver.findElements(By.id("pair-" + first))).isEmpty();
        assertThat(http.get("/api/v1/contradictions/" + first).json().get("status").asText()).isEqualTo("dismissed");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theTimelineDrawsTheUrbanCookConflictAndRedrawsLive() {
        long cookUrban = pair("conflict", "same-source").get("id").asLong();
        long reversal = pair("reversal", "cross-source").get("id").asLong();
        driver.get(url("/timeline/" + TOPIC));
        assertThat(driver.findElements(By.cssSelector("svg.timeline .lane"))).hasSizeGreaterThanOrEqualTo(4);
        assertThat(driver.findElements(By.cssSelector("a.edge.conflict[data-contradiction='" + cookUrban + "'] path"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("a.edge.reversal[data-contradiction='" + reversal + "']"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("svg.timeline rect.range"))).as("Cook's and Cho's uncertain dates").hasSize(2);
        int marks = driver.findElements(By.cssSelector("svg.timeline a.mark")).size();

        ((JavascriptExecutor) driver).executeScript("window.notReloaded = true;");
        Fixtures.catalog(http, "yonhap", null, null);
        http.post("/api/v1/statements", Fixtures.statement("yonhap", "2016-02-19", "The talks have not begun.", TOPIC));
        waiting().until(d -> d.findElements(By.cssSelector("svg.timeline a.mark")).size() == marks + 1);
        assertThat(((JavascriptExecutor) driver).executeScript("return window.notReloaded === true;")).isEqualTo(true);

        clickOnTheCurve(driver.findElement(By.cssSelector("a.edge.conflict[data-contradiction='" + cookUrban + "'] path")));
        waiting().until(ExpectedConditions.urlToBe(url("/findings/" + cookUrban)));
        assertThat(driver.findElement(By.tagName("main")).getText()).contains("both cannot be true");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void theSeedArticlePastedIntoIntakeShowsItsDraftsAndBecomesStatements() throws Exception {
        // filed under a topic of its own, so the demo's timeline and queue stay as the other tests expect them
        http.post("/api/v1/topics", Map.of("id", "intake-paste", "title", "Pasted in the intake test"));
        String seed;
        try (var in = getClass().getClassLoader().getResourceAsStream("db/demo/thaad-talks-article.txt")) {
            seed = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        driver.get(url("/intake"));
        // typing 4 KB key by key would test the keyboard, not intake: the text is put in as a paste would
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(By.id("body")), seed);
        new Select(driver.findElement(By.name("outletId"))).selectByValue("yonhap");
        driver.findElement(By.name("publishedOn")).sendKeys("2016-02-19");
        new Select(driver.findElement(By.name("topicIds"))).selectByValue("intake-paste");
        driver.findElement(By.cssSelector("form.intake button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlMatches(".*/intake/\\d+$"));
        long article = Long.parseLong(driver.getCurrentUrl().replaceAll(".*/", ""));

        List<WebElement> drafts = driver.findElements(By.cssSelector("article.draft"));
        assertThat(drafts).as("drafts read from the seed").isNotEmpty();
        assertThat(driver.findElements(By.cssSelector(".article-text mark"))).as("their spans marked in the article").isNotEmpty();

        WebElement first = drafts.get(0);
        String firstId = first.getAttribute("id");
        first.findElement(By.tagName("summary")).click();
        WebElement title = first.findElement(By.name("speakerTitle"));
        title.clear();
        title.sendKeys("Spokesperson, as corrected");
        first.findElement(By.cssSelector("form.fix button")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[role=status]"), "saved"));
        assertThat(driver.findElement(By.id(firstId)).getText()).contains("Spokesperson, as corrected");

        driver.findElement(By.cssSelector("button.confirm[form=accept]")).click();
        waiting().until(d -> d.findElements(By.cssSelector("article.draft.accepted")).size() == drafts.size());
        JsonNode stored = http.get("/api/v1/articles/" + article).json();
        assertThat(stored.get("statements")).hasSize(drafts.size());
        assertThat(browser.consoleErrors()).isEmpty();
    }

    /** Clicks the middle of an SVG path's stroke, where a person would, not the middle of its bounding box. */
    private static void clickOnTheCurve(WebElement path) {
        @SuppressWarnings("unchecked")
        List<Number> offset = (List<Number>) ((JavascriptExecutor) driver).executeScript(
                "const p = arguments[0], at = p.getPointAtLength(p.getTotalLength() / 2);"
                        + "const s = new DOMPoint(at.x, at.y).matrixTransform(p.getScreenCTM());"
                        + "const box = p.getBoundingClientRect();"
                        + "return [Math.round(s.x - (box.left + box.width / 2)), Math.round(s.y - (box.top + box.height / 2))];", path);
        new Actions(driver).moveToElement(path, offset.get(0).intValue(), offset.get(1).intValue()).click().perform();
    }

    @Test
    void everyPageIsSmallLoadsOnlyFromThisServerLogsNoErrorAndFitsAPhone() {
        long any = pair("conflict", "same-source").get("id").asLong();
        long statement = http.get("/api/v1/statements?topicId=" + TOPIC + "&limit=1").json().get("items").get(0).get("id").asLong();
        List<String> pages = List.of("/", "/intake", "/timeline/" + TOPIC, "/statement/" + statement, "/source/pentagon",
                "/search?q=talks", "/dashboard", "/findings/" + any);
        String host = URI.create(url("/")).getAuthority();
        for (Dimension size : List.of(new Dimension(1280, 900), new Dimension(390, 844))) {
            driver.manage().window().setSize(size);
            for (String page : pages) {
                driver.get(url(page));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> loaded = (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(
                        "return performance.getEntries().filter(e => e.name.startsWith('http'))"
                                + ".map(e => ({name: e.name, bytes: Math.max(e.transferSize || 0, e.encodedBodySize || 0)}));");
                assertThat(loaded).as("%s loaded something", page).isNotEmpty();
                long bytes = 0;
                for (Map<String, Object> entry : loaded) {
                    assertThat(URI.create((String) entry.get("name")).getAuthority()).as("%s requested %s", page, entry.get("name"))
                            .isEqualTo(host);
                    bytes += ((Number) entry.get("bytes")).longValue();
                }
                assertThat(bytes).as("bytes transferred for %s", page).isLessThan(200 * 1024);
                Object overflow = ((JavascriptExecutor) driver).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertThat(((Number) overflow).longValue()).as("%s scrolls sideways at %s", page, size).isLessThanOrEqualTo(0);
                Object unlabelled = ((JavascriptExecutor) driver).executeScript(
                        "return [...document.querySelectorAll('input:not([type=hidden]), select, textarea')]"
                                + ".filter(e => e.labels.length === 0 && !e.getAttribute('aria-label')).length;");
                assertThat(((Number) unlabelled).longValue()).as("form fields without a label on %s", page).isZero();
                assertThat(browser.consoleErrors()).as("console errors on %s", page).isEmpty();
            }
        }
        driver.manage().window().setSize(new Dimension(1280, 900));
    }
}
