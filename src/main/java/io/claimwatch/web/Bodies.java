package io.claimwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import java.util.stream.Collectors;

/** Reads request bodies, turning every Jackson complaint into a 400 that names the field. */
public final class Bodies {

    private final ObjectMapper mapper;

    public Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        return convert(readObject(ctx), type);
    }

    /** The body as a JSON object, for merge-patch requests where absent and null differ. */
    public ObjectNode readObject(Context ctx) {
        String body = ctx.body();
        if (body.isBlank()) {
            throw ApiProblem.badRequest("body", "a JSON object is required");
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("body", "malformed JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiProblem.badRequest("body", "a JSON object is required");
        }
        return object;
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        try {
            return mapper.treeToValue(node, type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.badRequest(path(e), "unknown field '" + e.getPropertyName() + "'");
        } catch (JsonMappingException e) {
            throw ApiProblem.badRequest(path(e), "wrong type: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("body", e.getOriginalMessage());
        }
    }

    /**
     * JSON merge patch (RFC 7396) of {@code patch} onto {@code current}: absent fields stay,
     * null clears, anything else replaces. The result is read back with the usual field checks.
     */
    public <T> T merge(T current, ObjectNode patch, Class<T> type) {
        ObjectNode merged = mapper.valueToTree(current);
        merged.setAll(patch);
        return convert(merged, type);
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }
}
