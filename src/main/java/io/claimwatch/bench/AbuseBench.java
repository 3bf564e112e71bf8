package io.claimwatch.bench;

import io.claimwatch.App;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code bench --abuse}: what careless or hostile clients cost everyone else. Trickling bodies,
 * never-reading event streams and a 1 GB chunked body are thrown at the real app while /health
 * is timed and a well-behaved stream reader times its events. Loopback only, bounded in count.
 */
final class AbuseBench {

    /** The words that mark a bench event in its payload: "abuse-marker trickle-3." or a review note "stall 12.". */
    private static final Pattern MARK = Pattern.compile("abuse-marker [a-z0-9-]+\\.|stall [0-9]+\\.");
    private static final String FILLER = " Fine weather, calm seas, clear skies, light winds and warm nights everywhere.".repeat(100);

    private final App app;
    private final String base;
    private final HttpClient client = HttpClient.newHttpClient();
    private final Map<String, Long> arrivals = new ConcurrentHashMap<>();

    AbuseBench(App app) {
        this.app = app;
        this.base = "http://127.0.0.1:" + app.port();
    }

    void run(int tricklers, int stalledStreams) throws Exception {
        post("/api/v1/sources", "{\"id\":\"abuse\",\"name\":\"Abuse\",\"kind\":\"other\"}");
        post("/api/v1/topics", "{\"id\":\"abuse\",\"title\":\"Abuse\"}");
        openReader();
        trickling(tricklers);
        stalled(stalledStreams);
        hugeBody("/api/v1/statements");
        hugeBody("/api/v1/import");
    }

    /** Clients that announce a body and send it a byte at a time, one byte a second each. */
    private void trickling(int count) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = connect(0);
            write(socket, "POST /api/v1/statements HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 100000\r\n\r\n{\"text\":\"");
            sockets.add(socket);
        }
        AtomicBoolean going = new AtomicBoolean(true);
        Thread trickle = new Thread(() -> {
            while (going.get()) {
                for (Socket socket : sockets) {
                    try {
                        write(socket, "a");
                    } catch (IOException e) {
                        // cut by the server (request timeout): that is the point
                    }
                }
                pause(1000);
            }
        });
        trickle.start();
        List<Long> health = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            timeHealth(health, 10);
            events.add(timeEvent("trickle " + i));
        }
        going.set(false);
        trickle.join();
        for (Socket socket : sockets) {
            socket.close();
        }
        report(count + " trickling clients", health, events);
    }

    /** Event streams that never read, each with a tiny receive window, while reviews flood them. */
    private void stalled(int count) throws Exception {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Socket socket = connect(1024);
            write(socket, "GET /api/v1/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
            sockets.add(socket);
        }
        post("/api/v1/statements", "{\"sourceId\":\"abuse\",\"statedOn\":\"2016-03-01\",\"topicIds\":[\"abuse\"],\"text\":\"The talks have begun." + FILLER + "\"}");
        post("/api/v1/statements", "{\"sourceId\":\"abuse\",\"statedOn\":\"2016-03-01\",\"topicIds\":[\"abuse\"],\"text\":\"The talks have not begun." + FILLER + "\"}");
        String list = get("/api/v1/contradictions?topicId=abuse").body();
        String id = list.replaceAll("(?s)^.*?\"id\":([0-9]+).*$", "$1");
        List<Long> health = new ArrayList<>();
        List<Long> events = new ArrayList<>();
        int reviews = 0;
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (metric("claimwatch_sse_dropped_total") < count && System.nanoTime() < deadline) {
            String etag = get("/api/v1/contradictions/" + id).headers().firstValue("ETag").orElseThrow();
            List<long[]> batch = new ArrayList<>();
            for (int i = 0; i < 10; i++) { // ten reviews between two polls of the change log
                reviews++;
                etag = send("PATCH", "/api/v1/contradictions/" + id, "{\"status\":\"" + (reviews % 2 == 0 ? "open" : "confirmed")
                        + "\",\"note\":\"stall " + reviews + ".\"}", etag);
                batch.add(new long[] {reviews, System.nanoTime()});
            }
            for (long[] review : batch) {
                events.add(awaitArrival("stall " + review[0] + ".", review[1]));
            }
            timeHealth(health, 10);
        }
        for (Socket socket : sockets) {
            socket.close();
        }
        System.out.printf("  %d reviews (events of ~%d kB) until all %d stalled streams were dropped (dropped: %.0f)%n",
                reviews, 2 * FILLER.length() / 1000, count, metric("claimwatch_sse_dropped_total"));
        report(count + " never-reading SSE clients", health, events);
    }

    /** A 1 GB chunked body, sent as fast as loopback takes it, with the heap watched. */
    private void hugeBody(String path) throws Exception {
        System.gc();
        long before = heapUsed();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long started = System.nanoTime();
        long sent = 0;
        String answer;
        try (Socket socket = connect(0)) {
            write(socket, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Transfer-Encoding: chunked\r\n\r\n");
            // "{" and then whitespace: valid JSON as far as it goes, so only the size can stop it
            byte[] chunk = ("100000\r\n" + " ".repeat(0x100000) + "\r\n").getBytes(StandardCharsets.ISO_8859_1);
            OutputStream out = socket.getOutputStream();
            try {
                out.write("1\r\n{\r\n".getBytes(StandardCharsets.ISO_8859_1));
                for (int i = 0; i < 1024; i++) {
                    out.write(chunk);
                    sent += 0x100000;
                }
                out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            } catch (IOException e) {
                // the server refused the rest: expected
            }
            socket.setSoTimeout(30_000);
            byte[] head = socket.getInputStream().readNBytes(12);
            answer = new String(head, StandardCharsets.ISO_8859_1);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.gc();
        System.out.printf("1 GiB chunked body to %s: '%s' after %d MB sent, %.1f s; heap before %d MB, peak %d MB, after %d MB%n",
                path, answer.trim(), sent >> 20, seconds, before >> 20, peakHeap() >> 20, heapUsed() >> 20);
    }

    private void openReader() throws Exception {
        HttpResponse<Stream<String>> stream = client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/events")).build(),
                HttpResponse.BodyHandlers.ofLines());
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(line -> {
                    long now = System.nanoTime();
                    Matcher marks = MARK.matcher(line);
                    while (marks.find()) {
                        arrivals.putIfAbsent(marks.group(), now);
                    }
                });
            } catch (RuntimeException e) {
                // the server stopped at the end of the run
            }
        });
        reader.setDaemon(true);
        reader.start();
    }

    private long timeEvent(String name) throws Exception {
        String marker = "abuse-marker " + name.replace(' ', '-') + ".";
        post("/api/v1/statements", "{\"sourceId\":\"abuse\",\"statedOn\":\"2016-03-01\",\"text\":\"Rain fell. " + marker + "\"}");
        return awaitArrival(marker, System.nanoTime()); // from the acknowledged (committed) write
    }

    private long awaitArrival(String key, long sent) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!arrivals.containsKey(key) && System.nanoTime() < deadline) {
            pause(2);
        }
        Long at = arrivals.get(key);
        return at == null ? Long.MAX_VALUE : at - sent;
    }

    private void timeHealth(List<Long> into, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            long t0 = System.nanoTime();
            HttpResponse<String> response = get("/health");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/health answered " + response.statusCode());
            }
            into.add(System.nanoTime() - t0);
        }
    }

    private static void report(String what, List<Long> health, List<Long> events) {
        Collections.sort(health);
        Collections.sort(events);
        System.out.printf("%s: /health p50 %.1f ms, p99 %.1f ms, max %.1f ms (%d requests); "
                        + "events to a reading client (from the acknowledged write) p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d events)%n",
                what, pct(health, 50), pct(health, 99), health.get(health.size() - 1) / 1e6, health.size(),
                pct(events, 50), pct(events, 99), events.get(events.size() - 1) / 1e6, events.size());
    }

    private double metric(String series) throws Exception {
        for (String line : get("/metrics").body().split("\n")) {
            if (line.startsWith(series + " ")) {
                return Double.parseDouble(line.substring(series.length() + 1));
            }
        }
        return 0;
    }

    private HttpResponse<String> get(String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void post(String path, String json) throws Exception {
        send("POST", path, json, null);
    }

    /** Sends a JSON body and returns the answer's ETag (null when it has none). */
    private String send(String method, String path, String json, String ifMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && response.statusCode() != 409) {
            throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.headers().firstValue("ETag").orElse(null);
    }

    private Socket connect(int receiveBuffer) throws IOException {
        Socket socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.connect(new InetSocketAddress("127.0.0.1", app.port()), 5000);
        return socket;
    }

    private static void write(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static double pct(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
    }

    private static long heapUsed() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }
}
