package io.claimwatch.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.claimwatch.support.ApiTest;
import io.claimwatch.support.Keys;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every operation called by anonymous, reader, reviewer, editor and admin once keys exist: below the
 * route's role it is 401 (no key) or 403 (weaker key), from it upwards auth never stands in the way.
 * Ids name nothing, so the allowed calls change nothing (they answer 404 or 400).
 */
class RoleMatrixTest extends ApiTest {

    private static final List<Role> CALLERS = List.of(Role.PUBLIC, Role.READER, Role.REVIEWER, Role.EDITOR, Role.ADMIN);
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void everyOperationRefusesCallersBelowItsRoleAndAdmitsTheRest() throws Exception {
        Map<Role, String> tokens = new HashMap<>();
        for (Role role : CALLERS.subList(1, CALLERS.size())) {
            tokens.put(role, Keys.create(databaseUrl(), "matrix-" + role.json(), role.json()));
        }
        Map<String, List<Integer>> matrix = new LinkedHashMap<>();
        for (var entry : Access.table().entrySet()) {
            String method = entry.getKey().substring(0, entry.getKey().indexOf(' '));
            String path = entry.getKey().substring(method.length() + 1).replaceAll("\\{[^}]+}", "999999");
            Role required = entry.getValue();
            List<Integer> row = new ArrayList<>();
            for (Role caller : CALLERS) {
                HttpResponse<InputStream> response = send(method, path, tokens.get(caller));
                String body;
                try (InputStream in = response.body()) {
                    body = path.endsWith("/events") && response.statusCode() == 200 ? "" : new String(in.readAllBytes());
                }
                int status = response.statusCode();
                row.add(status);
                String what = caller.json() + " " + entry.getKey() + " -> " + status + " " + body;
                assertThat(status).as(what).isLessThan(500);
                if (required == Role.PUBLIC && console(path)) {
                    // the console checks its own session and CSRF token (ConsolePagesTest): the Guard only lets it through
                    assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).isEmpty();
                } else if (required == Role.PUBLIC || caller.covers(required)) {
                    assertThat(status).as(what).isNotIn(401, 403);
                } else {
                    assertThat(status).as(what).isEqualTo(caller == Role.PUBLIC ? 401 : 403);
                    assertThat(response.headers().firstValue("Content-Type").orElse("")).as(what).startsWith("application/problem+json");
                    if (status == 401) {
                        assertThat(response.headers().firstValue("WWW-Authenticate")).as(what).hasValueSatisfying(
                                challenge -> assertThat(challenge).startsWith("Bearer"));
                    }
                }
            }
            matrix.put(entry.getKey() + " [" + required.json() + "]", row);
        }
        System.out.println("role matrix (" + db + "): anonymous, reader, reviewer, editor, admin");
        matrix.forEach((route, row) -> System.out.println("  " + route + " " + row));
    }

    /** The browser console's pages: everything outside /api but the operational routes. */
    private static boolean console(String path) {
        return !path.startsWith("/api/") && !List.of("/health", "/metrics", "/openapi.yaml", "/docs").contains(path);
    }

    private HttpResponse<InputStream> send(String method, String path, String token) throws Exception {
        boolean withBody = method.equals("POST") || method.equals("PATCH");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
                .timeout(Duration.ofSeconds(30))
                .method(method, withBody ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody())
                .header("If-Match", "\"1\"");
        if (withBody) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        // the body is read after the status, so an event stream that stays open does not hold the test
        return client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
    }
}
