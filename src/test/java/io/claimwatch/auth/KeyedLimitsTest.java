package io.claimwatch.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Limits;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Http;
import io.claimwatch.support.Keys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Rate limits count against the key that authenticated a request; a made-up token buys nothing. */
class KeyedLimitsTest extends ApiTest {

    @Test
    void eachKeyHasItsOwnAllowanceAndMadeUpTokensGetNone() {
        String ana = Keys.create(databaseUrl(), "ana-limits", "reader");
        String ben = Keys.create(databaseUrl(), "ben-limits", "reader");
        try (App server = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()),
                Limits.defaults().withRate(1, 5))) {
            Http local = new Http("http://127.0.0.1:" + server.port());
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.add(local.get("/api/v1/sources", Keys.bearer(ana)).status());
            }
            assertThat(statuses.get(0)).isEqualTo(200);
            assertThat(statuses.get(statuses.size() - 1)).isEqualTo(429);
            assertThat(local.get("/api/v1/sources", Keys.bearer(ben)).status()).as("another key").isEqualTo(200);
            assertThat(local.get("/api/v1/sources", Map.of("Authorization", "Bearer made-up")).status())
                    .as("an unknown token is refused, not given an allowance of its own").isEqualTo(401);
        }
    }
}
