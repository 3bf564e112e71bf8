package io.claimwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.eclipse.jetty.http.HttpException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Reads request bodies, turning every Jackson complaint into a 400 that names the field. */
public final class Bodies {

    /** The limit for ordinary request bodies; only imports may use up to the server's larger limit. */
    public static final long MAX_BYTES = 1_000_000;

    private final ObjectMapper mapper;

    public Bodies(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(Context ctx, Class<T> type) {
        return convert(readObject(ctx), type);
    }

    /** As {@link #read}, for requests whose body is optional: an empty body is none. */
    public <T> Optional<T> readIfAny(Context ctx, Class<T> type) {
        ObjectNode object = objectOrNull(ctx);
        return object == null ? Optional.empty() : Optional.of(convert(object, type));
    }

    /** The body as a JSON object, for merge-patch requests where absent and null differ. */
    public ObjectNode readObject(Context ctx) {
        ObjectNode object = objectOrNull(ctx);
        if (object == null) {
            throw ApiProblem.badRequest("body", "a JSON object is required");
        }
        return object;
    }

    /** The body as a JSON object, or null when it is empty; the stream can be read only once. */
    private ObjectNode objectOrNull(Context ctx) {
        if (ctx.contentLength() > MAX_BYTES) {
            throw tooLarge(MAX_BYTES);
        }
        String body = boundedBody(ctx);
        if (body.isBlank()) {
            return null;
        }
        JsonNode node;
        try {
            node = mapper.readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("body", "malformed JSON: " + JsonTypes.parseError(e));
        }
        if (!(node instanceof ObjectNode object)) {
            throw ApiProblem.badRequest("body", "a JSON object is required");
        }
        return object;
    }

    /** The body as text, never reading more than the limit (a chunked body has no length to check first). */
    private static String boundedBody(Context ctx) {
        byte[] bytes;
        try {
            bytes = ctx.bodyInputStream().readNBytes((int) MAX_BYTES + 1);
        } catch (IOException | RuntimeException e) {
            throw tooLargeOr(e);
        }
        if (bytes.length > MAX_BYTES) {
            throw tooLarge(MAX_BYTES);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    /**
     * A large body (up to the server's limit) parsed straight from the request stream, for imports:
     * no copy of the text is held, only the records it describes.
     */
    public <T> T readLarge(Context ctx, Class<T> type) {
        T value;
        try {
            value = mapped(() -> mapper.readValue(ctx.bodyInputStream(), type));
        } catch (RuntimeException e) {
            // refused mid-stream: read what is left of the body, up to a bound, so the answer reaches the
            // client (closing on unread bytes resets the socket, and the client may lose the answer with
            // it); past the bound the connection cannot carry the client's next request, so say it closes
            if (!drained(ctx)) {
                ctx.header("Connection", "close");
            }
            throw e;
        }
        if (value == null) {
            throw ApiProblem.badRequest("body", "a JSON object is required");
        }
        return value;
    }

    /** How much of a refused body is read and dropped so that its answer can be sent on a clean connection. */
    private static final int DRAIN_BYTES = 8 << 20;

    /** Whether the rest of the request body was read (and dropped) within {@link #DRAIN_BYTES}. */
    private static boolean drained(Context ctx) {
        byte[] buffer = new byte[64 << 10];
        try {
            java.io.InputStream in = ctx.bodyInputStream();
            for (long total = 0; total <= DRAIN_BYTES; ) {
                int n = in.read(buffer);
                if (n < 0) {
                    return true;
                }
                total += n;
            }
            return false;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * A large body (up to the server's limit for its route) copied as it arrives to {@code file},
     * for routes that read it at their own pace afterwards: a 413 when it passes the limit.
     */
    public void spool(Context ctx, java.nio.file.Path file) {
        try (java.io.InputStream in = ctx.bodyInputStream(); java.io.OutputStream out = java.nio.file.Files.newOutputStream(file)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            throw tooLargeOr(e);
        }
    }

    public <T> T convert(JsonNode node, Class<T> type) {
        return mapped(() -> mapper.treeToValue(node, type));
    }

    private interface Reading<T> {
        T read() throws IOException;
    }

    private static <T> T mapped(Reading<T> reading) {
        try {
            return reading.read();
        } catch (UnrecognizedPropertyException e) {
            throw ApiProblem.badRequest(path(e), "unknown field '" + e.getPropertyName() + "'");
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof ApiProblem problem) {
                throw problem;
            }
            throw ApiProblem.badRequest(path(e), "is invalid");
        } catch (MismatchedInputException e) {
            // Jackson's own text names Java classes: say what JSON was expected instead
            throw ApiProblem.badRequest(path(e), e.getMessage() != null && e.getMessage().contains("NUL character")
                    ? "must not contain the NUL character" : "must be " + JsonTypes.describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw ApiProblem.badRequest(path(e), "is invalid");
        } catch (JsonProcessingException e) {
            throw ApiProblem.badRequest("body", "malformed JSON: " + JsonTypes.parseError(e));
        } catch (IOException | RuntimeException e) {
            throw tooLargeOr(e);
        }
    }

    /** A read failed: 413 when the server's byte count stopped it (see {@link BodyGate}), else a 400. */
    private static ApiProblem tooLargeOr(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof HttpException http && http.getCode() == 413) {
                return new ApiProblem(413, "Payload too large", http.getReason(), List.of());
            }
        }
        if (e instanceof RuntimeException unexpected) {
            throw unexpected;
        }
        return ApiProblem.badRequest("body", "the body could not be read");
    }

    private static ApiProblem tooLarge(long limit) {
        return new ApiProblem(413, "Payload too large", "bodies are limited to " + limit + " bytes here", List.of());
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
