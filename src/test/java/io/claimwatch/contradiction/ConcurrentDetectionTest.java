package io.claimwatch.contradiction;

import static io.claimwatch.support.Fixtures.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Fixtures;
import io.claimwatch.support.Http;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Two server processes' worth of app on one database: contradicting statements posted to both
 * at the same moment are flagged exactly once per pair.
 */
class ConcurrentDetectionTest extends ApiTest {

    private static final int PAIRS = 24;

    @Test
    void eachPairIsFlaggedOnceWhenTwoInstancesWriteAtOnce() throws Exception {
        try (App second = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()))) {
            Http other = new Http("http://127.0.0.1:" + second.port());
            for (int i = 0; i < PAIRS; i++) {
                Fixtures.catalog(http, "pentagon", null, "race-" + i);
            }
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService pool = Executors.newFixedThreadPool(8);
            List<Future<Integer>> posts = new ArrayList<>();
            for (int i = 0; i < PAIRS; i++) {
                String topic = "race-" + i;
                posts.add(pool.submit(() -> {
                    start.await();
                    return http.post("/api/v1/statements", statement("pentagon", "2016-02-17", "The talks have begun.", topic)).status();
                }));
                posts.add(pool.submit(() -> {
                    start.await();
                    return other.post("/api/v1/statements", statement("pentagon", "2016-02-17", "The talks have not begun.", topic)).status();
                }));
            }
            start.countDown();
            for (Future<Integer> post : posts) {
                assertThat(post.get()).isEqualTo(201);
            }
            pool.shutdown();

            for (int i = 0; i < PAIRS; i++) {
                var items = http.get("/api/v1/contradictions?topicId=race-" + i).json().get("items");
                assertThat(items).as("topic race-" + i).hasSize(1);
                assertThat(items.get(0).get("relation").asText()).isEqualTo("conflict");
            }
        }
    }
}
