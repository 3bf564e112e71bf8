package io.claimwatch.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Reads a real Server-Sent Events stream over HTTP, one event at a time. */
public final class SseStream implements AutoCloseable {

    /** One event as the wire carried it. */
    public record SseEvent(String id, String type, String data) {
    }

    private final BlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> comments = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    public SseStream(String url, String lastEventId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = HttpClient.newHttpClient().sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAcceptAsync(r -> parse(r.body()));
    }

    private void parse(Stream<String> lines) {
        String[] current = new String[3];
        lines.forEach(line -> {
            if (line.isEmpty()) {
                if (current[2] != null) {
                    events.add(new SseEvent(current[0], current[1], current[2]));
                }
                current[0] = current[1] = current[2] = null;
            } else if (line.startsWith(":")) {
                comments.add(line.substring(1).trim());
            } else if (line.startsWith("id:")) {
                current[0] = line.substring(3).trim();
            } else if (line.startsWith("event:")) {
                current[1] = line.substring(6).trim();
            } else if (line.startsWith("data:")) {
                current[2] = line.substring(5).trim();
            }
        });
    }

    /** The next event, waiting at most {@code timeout}; fails the test when none comes. */
    public SseEvent next(Duration timeout) throws InterruptedException {
        SseEvent event = events.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (event == null) {
            throw new AssertionError("no event within " + timeout);
        }
        return event;
    }

    /** Events until one of {@code type} arrives. */
    public SseEvent nextOfType(String type, Duration timeout) throws InterruptedException {
        SseEvent event;
        do {
            event = next(timeout);
        } while (!type.equals(event.type()));
        return event;
    }

    public int statusCode(Duration timeout) throws Exception {
        return response.get(timeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
    }

    /** Waits for the server's "connected" comment, sent once the stream is subscribed. */
    public void awaitConnected(Duration timeout) throws InterruptedException {
        String comment = comments.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (!"connected".equals(comment)) {
            throw new AssertionError("the stream did not say it was connected within " + timeout);
        }
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
