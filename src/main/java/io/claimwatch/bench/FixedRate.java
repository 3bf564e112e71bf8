package io.claimwatch.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * An open-loop load: requests sent on a fixed schedule whatever the answers take, each latency
 * measured from when it was due to be sent (so a stalled server is not hidden by a stalled client).
 */
final class FixedRate {

    record Result(double p50, double p99, int errors, int sent) {
    }

    private FixedRate() {
    }

    static Result run(HttpClient client, String url, int perSecond, double seconds) throws Exception {
        long interval = 1_000_000_000L / perSecond;
        int total = (int) (perSecond * seconds);
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).build();
        long start = System.nanoTime();
        for (int i = 0; i < total; i++) {
            long due = start + i * interval;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            pending.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((response, failure) -> {
                latencies.add(System.nanoTime() - due);
                if (failure != null || response.statusCode() >= 400) {
                    errors.incrementAndGet();
                }
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).join();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        return new Result(pct(sorted, 50), pct(sorted, 99), errors.get(), total);
    }

    static double pct(List<Long> sortedNanos, int p) {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, i))) / 1e6;
    }
}
