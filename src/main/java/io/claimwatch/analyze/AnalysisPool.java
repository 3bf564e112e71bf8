package io.claimwatch.analyze;

import io.claimwatch.analysis.Claim;
import io.claimwatch.analysis.DateSpan;
import io.claimwatch.analysis.TooManyClaims;
import io.claimwatch.statement.ClaimExtractor;
import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ApiProblem.FieldError;
import io.claimwatch.web.JsonText;
import io.claimwatch.web.RetryLater;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Text analysis on a fixed pool with a bounded queue, so a burst of heavy texts takes a few
 * threads and leaves the rest of the server to reads: a full queue is a 503 with Retry-After.
 * Each text gets a deadline and a claim cap; past either the caller gets a 422 telling it to
 * split the text, and the analysis itself is stopped.
 */
public final class AnalysisPool implements ClaimExtractor, AutoCloseable {

    /** The analyzer, told how many claims are allowed so it can stop early. */
    @FunctionalInterface
    public interface Analyzer {
        List<Claim> analyze(String text, DateSpan statedOn, int maxClaims);
    }

    /** The width of the column the claims are stored in, as JSON. */
    static final int MAX_CLAIMS_JSON = 1_000_000;

    private final Analyzer analyzer;
    private final int maxClaims;
    private final Duration timeout;
    private final ThreadPoolExecutor pool;

    public AnalysisPool(Analyzer analyzer, int threads, int queue, int maxClaims, Duration timeout, MeterRegistry metrics) {
        this.analyzer = analyzer;
        // load the models now, so the first request does not spend its deadline on them
        analyzer.analyze("The talks have begun.", DateSpan.parse("2016-01-01"), Integer.MAX_VALUE);
        this.maxClaims = maxClaims;
        this.timeout = timeout;
        AtomicInteger n = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue), r -> {
                    Thread thread = new Thread(r, "analysis-" + n.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        Gauge.builder("claimwatch.analysis.waiting", pool, p -> p.getQueue().size())
                .description("Texts waiting for an analysis thread").register(metrics);
        Gauge.builder("claimwatch.analysis.running", pool, ThreadPoolExecutor::getActiveCount)
                .description("Texts being analysed").register(metrics);
    }

    @Override
    public List<Claim> extract(String text, DateSpan statedOn) {
        CountDownLatch started = new CountDownLatch(1);
        Future<List<Claim>> analysis;
        try {
            analysis = pool.submit(() -> {
                started.countDown();
                return analyzer.analyze(text, statedOn, maxClaims);
            });
        } catch (RejectedExecutionException e) {
            throw busy();
        }
        long deadline = System.nanoTime() + timeout.toNanos(); // queueing and analysis together: one answer time
        try {
            if (!started.await(timeout.toNanos(), TimeUnit.NANOSECONDS)) {
                analysis.cancel(true);
                throw busy();
            }
            List<Claim> claims = analysis.get(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
            if (JsonText.write(claims).length() > MAX_CLAIMS_JSON) {
                throw tooComplex("the claims read from this text are too large to store; split it into shorter statements");
            }
            return claims;
        } catch (TimeoutException e) {
            analysis.cancel(true);
            throw tooComplex("the text could not be analysed within " + timeout.toSeconds()
                    + " s; split it into shorter statements");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TooManyClaims many) {
                throw tooComplex("the text yields more than " + many.limit()
                        + " claims; split it into several statements");
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            analysis.cancel(true);
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private RetryLater busy() {
        return new RetryLater(503, "every analysis thread is busy and the queue is full; retry shortly", timeout);
    }

    private static ApiProblem tooComplex(String detail) {
        return new ApiProblem(422, "Text too complex", detail, List.of(new FieldError("text", detail)));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
