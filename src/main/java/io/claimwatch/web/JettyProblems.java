package io.claimwatch.web;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before Javalin sees the request (a malformed URI, a URI or headers too
 * large) as problem+json instead of Jetty's HTML page; the detail is ours, never Jetty's text.
 */
public final class JettyProblems extends ErrorHandler {

    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemHandlers.CONTENT_TYPE);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        // Jetty drops the connection after a request it could not parse: say so, or a client reuses it and gets nothing
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(true, ByteBuffer.wrap(body(code)), callback);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, ProblemHandlers.CONTENT_TYPE);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put(HttpHeader.CONNECTION, "close");
        return ByteBuffer.wrap(body(status));
    }

    private static byte[] body(int status) {
        String detail = switch (status) {
            case 400 -> "the request is not valid HTTP (a malformed URI, header or escape)";
            case 414 -> "the URI is too long";
            case 431 -> "the request headers are too large";
            case 413 -> "the body is too large";
            default -> "the request could not be served";
        };
        return ("{\"type\":\"https://claimwatch.io/problems/" + status + "\",\"title\":\"HTTP " + status
                + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
