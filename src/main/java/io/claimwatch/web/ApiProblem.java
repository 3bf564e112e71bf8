package io.claimwatch.web;

import java.util.List;

/**
 * An error meant for the client, rendered as RFC 9457 problem+json. Thrown from any layer;
 * {@link ProblemHandlers} turns it into the response, so no layer formats errors itself.
 */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public ApiProblem(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ApiProblem badRequest(String field, String detail) {
        return invalid(List.of(new FieldError(field, detail)));
    }

    public static ApiProblem invalid(List<FieldError> errors) {
        String detail = errors.size() == 1
                ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ApiProblem(400, "Invalid request", detail, errors);
    }

    public static ApiProblem unknownReference(String field, String kind, String id) {
        return new ApiProblem(422, "Unknown reference", "no " + kind + " with id '" + id + "'",
                List.of(new FieldError(field, "no " + kind + " with id '" + id + "'")));
    }

    public static ApiProblem unprocessable(List<FieldError> errors) {
        return new ApiProblem(422, "Unknown reference", errors.get(0).message(), errors);
    }

    /** {@code lookup}'s result; its 404 (an id in the body naming nothing) becomes a 422 naming {@code field}. */
    public static <T> T referenced(String field, java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (ApiProblem e) {
            if (e.status() == 404) {
                throw unprocessable(List.of(new FieldError(field, e.getMessage())));
            }
            throw e;
        }
    }

    public static ApiProblem notFound(String kind, Object id) {
        return new ApiProblem(404, "Not found", "no " + kind + " with id '" + id + "'", List.of());
    }

    public static ApiProblem conflict(String field, String detail) {
        return new ApiProblem(409, "Conflict", detail, field == null ? List.of() : List.of(new FieldError(field, detail)));
    }

    public static ApiProblem preconditionRequired() {
        return new ApiProblem(428, "Precondition required",
                "send If-Match with the ETag from GET to change this resource", List.of(new FieldError("If-Match", "missing")));
    }

    public static ApiProblem stale(String current) {
        return new ApiProblem(412, "Precondition failed",
                "the resource has changed; its current ETag is " + current, List.of(new FieldError("If-Match", "stale")));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** One offending input: a JSON pointer-like field path, query parameter or header, and what is wrong. */
    public record FieldError(String field, String message) {
    }
}
