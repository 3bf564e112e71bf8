package io.claimwatch.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.support.ApiTest;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** api-spec/openapi.yaml is the contract: it must list exactly the routes the app serves. */
class OpenApiContractTest extends ApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Test
    void specAndRoutesNameTheSameOperations() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("api-spec/openapi.yaml").toFile());
        Set<String> documented = new TreeSet<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                documented.add(method.toUpperCase() + " " + path.getKey());
            }
        }));
        Set<String> served = new TreeSet<>();
        app.javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> METHODS.contains(parsed.endpoint.method.name().toLowerCase()))
                .forEach(parsed -> served.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path));

        assertThat(documented).as("operations in the spec that the app does not serve").isSubsetOf(served);
        assertThat(served).as("routes the app serves that the spec does not document").isSubsetOf(documented);
    }

    @Test
    void specIsOpenApi31() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("api-spec/openapi.yaml").toFile());
        assertThat(spec.get("openapi").asText()).startsWith("3.1");
    }
}
