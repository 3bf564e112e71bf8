package io.claimwatch;

import io.claimwatch.contradiction.CandidatePicker;
import java.time.Duration;

/**
 * What one client or one request may cost the service: timeouts, analysis bounds, request rates
 * and live event streams. Flags and environment variables set them ({@code serve --help}); the
 * defaults suit one machine and leave the test suite and the README demo unthrottled.
 *
 * @param idleTimeout       a connection with no bytes either way for this long is closed
 * @param requestTimeout    a request body must have arrived in full this long after the request began
 * @param maxClaims         the most claims one text may yield; more is a 422
 * @param analysisTimeout   the longest one text may take to analyse; longer is a 422
 * @param analysisThreads   texts analysed at once
 * @param analysisQueue     texts waiting for an analysis thread; beyond that a 503 with Retry-After
 * @param ratePerSecond     requests per second a client (API key, else address) may sustain; 0 turns the limit off
 * @param rateBurst         requests a client may send at once before the rate applies
 * @param streamsPerClient  event streams a client may hold open at once
 * @param streamQueue       events waiting for a slow stream; a stream further behind is dropped (it resumes with Last-Event-ID)
 * @param candidates        how many stored statements detection compares a new one with (per claim key, in all)
 * @param statsRefresh      dashboard counts this young are served even if the store changed since (zero: always exact)
 * @param workerThreads     threads of the in-process detection worker; 0 leaves the queue to {@code worker} processes
 */
public record Limits(Duration idleTimeout, Duration requestTimeout, int maxClaims, Duration analysisTimeout,
                     int analysisThreads, int analysisQueue, int ratePerSecond, int rateBurst,
                     int streamsPerClient, int streamQueue, CandidatePicker candidates,
                     Duration statsRefresh, int workerThreads) {

    public static Limits defaults() {
        int cores = Runtime.getRuntime().availableProcessors();
        return new Limits(Duration.ofSeconds(30), Duration.ofSeconds(60), 500, Duration.ofSeconds(10),
                cores, 8 * cores, 100, 1000, 32, 256, CandidatePicker.DEFAULT, Duration.ZERO, 1);
    }

    /** With the default candidate caps, exact stats and the default in-process worker (one thread). */
    public Limits(Duration idleTimeout, Duration requestTimeout, int maxClaims, Duration analysisTimeout,
                  int analysisThreads, int analysisQueue, int ratePerSecond, int rateBurst,
                  int streamsPerClient, int streamQueue) {
        this(idleTimeout, requestTimeout, maxClaims, analysisTimeout, analysisThreads, analysisQueue, ratePerSecond,
                rateBurst, streamsPerClient, streamQueue, CandidatePicker.DEFAULT, Duration.ZERO, 1);
    }

    public Limits {
        positive("idleTimeout", idleTimeout.toMillis());
        positive("requestTimeout", requestTimeout.toMillis());
        positive("maxClaims", maxClaims);
        positive("analysisTimeout", analysisTimeout.toMillis());
        positive("analysisThreads", analysisThreads);
        positive("streamsPerClient", streamsPerClient);
        positive("streamQueue", streamQueue);
        candidates = candidates == null ? CandidatePicker.DEFAULT : candidates;
        statsRefresh = statsRefresh == null || statsRefresh.isNegative() ? Duration.ZERO : statsRefresh;
        if (analysisQueue < 0 || ratePerSecond < 0 || rateBurst < 0 || workerThreads < 0) {
            throw new IllegalArgumentException("analysisQueue, ratePerSecond, rateBurst and workerThreads must not be negative");
        }
    }

    public Limits withRate(int perSecond, int burst) {
        return new Limits(idleTimeout, requestTimeout, maxClaims, analysisTimeout, analysisThreads, analysisQueue,
                perSecond, burst, streamsPerClient, streamQueue, candidates, statsRefresh, workerThreads);
    }

    public Limits withStreams(int perClient, int queue) {
        return new Limits(idleTimeout, requestTimeout, maxClaims, analysisTimeout, analysisThreads, analysisQueue,
                ratePerSecond, rateBurst, perClient, queue, candidates, statsRefresh, workerThreads);
    }

    public Limits withCandidates(CandidatePicker picker) {
        return new Limits(idleTimeout, requestTimeout, maxClaims, analysisTimeout, analysisThreads, analysisQueue,
                ratePerSecond, rateBurst, streamsPerClient, streamQueue, picker, statsRefresh, workerThreads);
    }

    public Limits withStatsRefresh(Duration refresh) {
        return new Limits(idleTimeout, requestTimeout, maxClaims, analysisTimeout, analysisThreads, analysisQueue,
                ratePerSecond, rateBurst, streamsPerClient, streamQueue, candidates, refresh, workerThreads);
    }

    public Limits withWorkers(int threads) {
        return new Limits(idleTimeout, requestTimeout, maxClaims, analysisTimeout, analysisThreads, analysisQueue,
                ratePerSecond, rateBurst, streamsPerClient, streamQueue, candidates, statsRefresh, threads);
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
