package io.claimwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.App;
import io.claimwatch.Config;
import io.claimwatch.Limits;
import io.claimwatch.support.ApiTest;
import io.claimwatch.support.SchemaValues;
import io.claimwatch.support.Thaad;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every operation of api-spec/openapi.yaml called with values made from its own schemas, mostly
 * plausible and sometimes hostile (a fixed seed, so a failure replays). Whatever the input: no 5xx,
 * every 4xx is problem+json, no class or SQL names, a refused write changes nothing, and a value of
 * the wrong JSON type is never accepted. Requests per operation: -Dclaimwatch.fuzz.perOperation (default 50); another seed: -Dclaimwatch.fuzz.seed.
 */
class SpecFuzzTest extends ApiTest {

    private static final long SEED = Long.getLong("claimwatch.fuzz.seed", 20_160_217L);
    private static final int PER_OPERATION = Integer.getInteger("claimwatch.fuzz.perOperation", 50);
    private static final Pattern LEAK = Pattern.compile(
            "io\\.claimwatch|java\\.|jakarta\\.|org\\.(jooq|h2|postgresql|eclipse)|com\\.fasterxml|Exception|SQLSTATE"
            + "|\\bSQL\\b|(?i:insert into|delete from|select .{1,40} from)");
    private static final List<String> METHODS = List.of("get", "post", "patch", "delete", "put");
    private static final List<String> IF_MATCH = List.of("*", "\"1\"", "\"2\"", "W/\"1\"", "garbage", "\"\u00e9\"");

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> violations = new ArrayList<>();
    private String store;
    private String previous = "nothing";

    private int port;

    @Test
    void noInputBreaksAnyOperation() throws Exception {
        // its own server on the same store with no rate limit: the fuzz sends far more than one client's burst
        try (App unlimited = App.start(new Config("127.0.0.1", 0, databaseUrl(), null, null, false, List.of()),
                Limits.defaults().withRate(0, 0))) {
            port = unlimited.port();
            fuzz();
        }
    }

    private void fuzz() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("api-spec/openapi.yaml").toFile());
        Map<String, Long> seeded = Thaad.seed(http, "fuzz");
        List<String> ids = new ArrayList<>(List.of("pentagon", "yonhap", "bill-urban", "fuzz"));
        http.get("/api/v1/contradictions?topicId=fuzz").json().get("items").forEach(c -> ids.add(c.get("id").asText()));
        seeded.values().forEach(id -> ids.add(Long.toString(id)));
        Random random = new Random(SEED);
        SchemaValues values = new SchemaValues(spec, random, ids);
        store = snapshot();
        long started = System.nanoTime();
        int requests = 0;
        var paths = spec.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation == null) {
                    continue;
                }
                for (int i = 0; i < PER_OPERATION; i++) {
                    call(method.toUpperCase(), path.getKey(), path.getValue(), operation, values, random);
                    requests++;
                }
            }
        }
        System.out.printf("fuzz (%s): %d requests in %d s, by status %s%n", db, requests,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), statuses);
        assertThat(violations).as("%d violations; the first ones", violations.size()).isEmpty();
    }

    private void call(String method, String template, JsonNode pathItem, JsonNode operation, SchemaValues values,
                      Random random) throws Exception {
        values.reset();
        String path = template;
        StringBuilder query = new StringBuilder();
        List<JsonNode> parameters = new ArrayList<>();
        pathItem.path("parameters").forEach(parameters::add);
        operation.path("parameters").forEach(parameters::add);
        HttpRequest.Builder request = HttpRequest.newBuilder().timeout(Duration.ofSeconds(30));
        for (JsonNode parameter : parameters) {
            parameter = values.resolve(parameter);
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            boolean send = "path".equals(in) || random.nextInt(10) < (parameter.path("required").asBoolean() ? 9 : 4);
            if (!send) {
                continue;
            }
            JsonNode value = values.value(parameter.get("schema"), name, 0);
            String text = value.isTextual() ? value.asText() : value.toString();
            switch (in) {
                case "path" -> path = path.replace("{" + name + "}", encode(text.isEmpty() ? "x" : text));
                case "query" -> query.append(query.isEmpty() ? "?" : "&").append(encode(name)).append('=').append(encode(text));
                case "header" -> {
                    if (!"If-Match".equals(name) && isHeaderSafe(text)) {
                        request.header(name, text);
                    }
                }
                default -> { }
            }
        }
        boolean coercedInUrl = values.coerced(); // in a URL every value is text: only bodies have JSON types
        if (coercedInUrl) {
            values.clearCoerced();
        }
        if (!method.equals("GET") && random.nextInt(6) > 0) {
            request.header("If-Match", IF_MATCH.get(random.nextInt(IF_MATCH.size())));
        }
        String body = null;
        boolean mustFail = false;
        JsonNode schema = operation.at("/requestBody/content/application~1json/schema");
        if (!schema.isMissingNode()) {
            JsonNode value = values.value(schema, "body", 0);
            body = value.toString();
            mustFail = values.coerced();
            int twist = random.nextInt(25);
            if (twist == 0 && value instanceof ObjectNode object && object.size() > 0) {
                String first = object.fieldNames().next();
                body = "{" + json.writeValueAsString(first) + ":" + object.get(first) + "," + body.substring(1);
                mustFail = true; // a duplicate key
            } else if (twist == 1) {
                body = List.of("", "null", "[]", "{", "{\"a\":", "\"text\"").get(random.nextInt(6));
            }
            request.header("Content-Type", "application/json");
        }
        request.uri(URI.create("http://127.0.0.1:" + port + path + query))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<InputStream> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (java.io.IOException e) {
            statuses.merge(0, 1, Integer::sum);
            violations.add("no answer (" + e.getMessage() + "): " + method + " " + abbreviate(path + query)
                    + (body == null ? "" : " " + abbreviate(body)) + ", after " + previous);
            return;
        }
        String type = response.headers().firstValue("Content-Type").orElse("");
        String text;
        try (InputStream in = response.body()) {
            text = type.startsWith("text/event-stream") ? "" : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int status = response.statusCode();
        statuses.merge(status, 1, Integer::sum);
        String what = method + " " + path + query + (body == null ? "" : " " + abbreviate(body)) + " -> " + status + " "
                + abbreviate(text);
        previous = what;
        check(method, status, type, text, mustFail, what, consolePage(path));
    }

    /**
     * The browser console's pages answer their own errors as an HTML page for a person; requests refused
     * before any page runs (malformed URLs, control characters) are problem+json there too.
     */
    private static boolean consolePage(String path) {
        return !path.startsWith("/api/") && !List.of("/health", "/metrics", "/openapi.yaml", "/docs").contains(path);
    }

    private void check(String method, int status, String type, String text, boolean mustFail, String what,
                       boolean page) {
        if (status >= 500) {
            violations.add("5xx: " + what);
        }
        boolean problem = type.startsWith("application/problem+json");
        if (status >= 400 && !problem && !(page && type.startsWith("text/html"))) {
            violations.add("4xx without problem+json" + (page ? " or an HTML page" : "") + ": " + what);
        }
        if (status >= 400 && LEAK.matcher(text).find()) {
            violations.add("leak: " + what);
        }
        if (mustFail && status < 400 && !what.contains("/api/v1/import")) {
            violations.add("accepted a value of the wrong type or a duplicate key: " + what);
        }
        if (!method.equals("GET")) {
            String now = snapshot();
            if (status >= 400 && !now.equals(store)) {
                violations.add("partial write: " + what);
            }
            store = now;
        }
    }

    /** The whole store, to see that a refused write left it as it was. */
    private String snapshot() {
        ObjectNode doc = (ObjectNode) http.get("/api/v1/export/dataset").json();
        doc.remove("exportedAt");
        return doc.toString();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static boolean isHeaderSafe(String text) {
        return !text.isEmpty() && text.length() < 200 && text.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
