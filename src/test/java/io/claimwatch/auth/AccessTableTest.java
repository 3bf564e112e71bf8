package io.claimwatch.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimwatch.support.ApiTest;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every route the app serves has a declared role, and the spec's x-required-role says the same. */
class AccessTableTest extends ApiTest {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    static Set<String> served() {
        Set<String> served = new TreeSet<>();
        app.javalin().unsafe.internalRouter.allHttpHandlers().stream()
                .filter(parsed -> METHODS.contains(parsed.endpoint.method.name().toLowerCase()))
                .forEach(parsed -> served.add(parsed.endpoint.method.name() + " " + parsed.endpoint.path));
        return served;
    }

    @Test
    void everyServedRouteHasADeclaredRole() {
        assertThat(served()).as("routes without a line in Access (add one: who may call it?)")
                .allSatisfy(route -> assertThat(Access.table()).containsKey(route));
        assertThat(Access.table().keySet()).as("declared routes the app does not serve").isSubsetOf(served());
    }

    @Test
    void theSpecDeclaresTheSameRoleForEveryOperation() throws Exception {
        JsonNode spec = new ObjectMapper(new YAMLFactory()).readTree(Path.of("api-spec/openapi.yaml").toFile());
        Map<String, String> documented = new TreeMap<>();
        spec.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (METHODS.contains(op.getKey())) {
                JsonNode role = op.getValue().get("x-required-role");
                documented.put(op.getKey().toUpperCase() + " " + path.getKey(), role == null ? "(none)" : role.asText());
            }
        }));
        Map<String, String> declared = new TreeMap<>();
        Access.table().forEach((route, role) -> declared.put(route, role.json()));
        assertThat(documented).isEqualTo(declared);
        assertThat(spec.at("/components/securitySchemes/bearer/scheme").asText()).isEqualTo("bearer");
    }

    @Test
    void undeclaredRoutesGetTheDefaultRuleNeverPublic() {
        assertThat(Access.required("GET", "/api/v1/new-thing")).isEqualTo(Role.READER);
        assertThat(Access.required("HEAD", "/api/v1/statements/{id}")).isEqualTo(Role.READER);
        assertThat(Access.required("POST", "/api/v1/new-thing")).isEqualTo(Role.EDITOR);
        assertThat(Access.required("PATCH", "/api/v1/new-thing/{id}")).isEqualTo(Role.EDITOR);
        assertThat(Access.required("DELETE", "/api/v1/new-thing/{id}")).isEqualTo(Role.ADMIN);
        assertThat(Access.required("POST", "/api/v1/statements/{id}/reanalyze")).isEqualTo(Role.ADMIN);
        assertThat(Access.required("POST", "/api/v1/articles/import")).isEqualTo(Role.ADMIN);
    }
}
