package io.claimwatch.console;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.Browser;
import io.claimwatch.support.Http;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Regenerates docs/screenshots/ (not a test: it runs only when asked):
 * {@code mvn -q -B test -Dtest=Screenshots -Dclaimwatch.screenshots=docs/screenshots}
 */
@EnabledIfSystemProperty(named = "claimwatch.screenshots", matches = ".+")
class Screenshots {

    @Test
    void everyPage() throws Exception {
        Path out = Path.of(System.getProperty("claimwatch.screenshots"));
        Files.createDirectories(out);
        try (App app = App.start(new Config("127.0.0.1", 0, "jdbc:h2:mem:screenshots;DB_CLOSE_DELAY=-1", null, null, true, List.of()));
             Browser browser = Browser.start()) {
            Http http = new Http("http://127.0.0.1:" + app.port());
            // one pair confirmed, so the finding page shows a published ClaimReview and the dashboard a status mix
            var pair = http.get("/api/v1/contradictions?topicId=thaad-talks&relation=conflict").json().get("items").get(1);
            http.patch("/api/v1/contradictions/" + pair.get("id").asLong(), Map.of("status", "confirmed",
                    "note", "Both remarks are on record.", "reviewer", "ana"), Map.of("If-Match", "\"" + pair.get("version").asInt() + "\""));
            long statement = pair.get("statements").get(0).get("id").asLong();
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("queue", "/");
            pages.put("timeline", "/timeline/thaad-talks");
            pages.put("finding", "/findings/" + pair.get("id").asLong());
            pages.put("statement", "/statement/" + statement);
            pages.put("source", "/source/pentagon");
            pages.put("search", "/search?q=talks");
            pages.put("dashboard", "/dashboard");
            pages.put("intake", "/intake");
            long article = http.get("/api/v1/articles").json().get("items").get(0).get("id").asLong();
            pages.put("article", "/intake/" + article);
            for (int width : new int[] {1280, 390}) {
                for (var page : pages.entrySet()) {
                    if (width < 600 && !List.of("queue", "timeline", "finding").contains(page.getKey())) {
                        continue; // the phone layout of the three busiest pages is enough to judge it
                    }
                    var driver = browser.driver();
                    driver.manage().window().setSize(new Dimension(width, 900));
                    driver.get("http://127.0.0.1:" + app.port() + page.getValue());
                    long height = ((Number) ((JavascriptExecutor) driver).executeScript(
                            "return document.documentElement.scrollHeight;")).longValue();
                    // the whole page, not just the window: headless Chromium caps the window at its screen size
                    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
                            "captureBeyondViewport", true,
                            "clip", Map.of("x", 0, "y", 0, "width", width, "height", Math.min(4000, height), "scale", 1)));
                    String name = page.getKey() + (width < 600 ? "-phone" : "") + ".png";
                    Files.write(out.resolve(name), Base64.getDecoder().decode((String) shot.get("data")));
                    System.out.println("wrote " + out.resolve(name));
                }
            }
        }
    }
}
