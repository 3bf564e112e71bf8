package io.claimwatch;

import io.claimwatch.contradiction.CandidatePicker;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The {@link Limits} as serve flags, each with an environment variable; defaults from {@link Limits#defaults()}. */
public final class LimitOptions {

    private static final Limits D = Limits.defaults();

    @Option(names = "--idle-timeout", paramLabel = "SECONDS", defaultValue = "${env:CLAIMWATCH_IDLE_TIMEOUT}",
            description = "close a connection silent this long (env CLAIMWATCH_IDLE_TIMEOUT; default 30)")
    Integer idleTimeout;

    @Option(names = "--request-timeout", paramLabel = "SECONDS", defaultValue = "${env:CLAIMWATCH_REQUEST_TIMEOUT}",
            description = "a request body must arrive within this (env CLAIMWATCH_REQUEST_TIMEOUT; default 60)")
    Integer requestTimeout;

    @Option(names = "--max-claims", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_MAX_CLAIMS}",
            description = "most claims one text may yield (env CLAIMWATCH_MAX_CLAIMS; default 500)")
    Integer maxClaims;

    @Option(names = "--analysis-timeout", paramLabel = "SECONDS", defaultValue = "${env:CLAIMWATCH_ANALYSIS_TIMEOUT}",
            description = "longest analysis of one text (env CLAIMWATCH_ANALYSIS_TIMEOUT; default 10)")
    Integer analysisTimeout;

    @Option(names = "--analysis-threads", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_ANALYSIS_THREADS}",
            description = "texts analysed at once (env CLAIMWATCH_ANALYSIS_THREADS; default: the number of cores)")
    Integer analysisThreads;

    @Option(names = "--analysis-queue", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_ANALYSIS_QUEUE}",
            description = "texts waiting for analysis before 503 (env CLAIMWATCH_ANALYSIS_QUEUE; default 8 per core)")
    Integer analysisQueue;

    @Option(names = "--rate-limit", paramLabel = "PER_SECOND", defaultValue = "${env:CLAIMWATCH_RATE_LIMIT}",
            description = "requests a second per API key, else per address; 0 = off (env CLAIMWATCH_RATE_LIMIT; default 100)")
    Integer ratePerSecond;

    @Option(names = "--rate-burst", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_RATE_BURST}",
            description = "requests a client may send at once (env CLAIMWATCH_RATE_BURST; default 1000)")
    Integer rateBurst;

    @Option(names = "--sse-per-client", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_SSE_PER_CLIENT}",
            description = "event streams open at once per API key, else per address (env CLAIMWATCH_SSE_PER_CLIENT; default 32)")
    Integer streamsPerClient;

    @Option(names = "--sse-queue", paramLabel = "EVENTS", defaultValue = "${env:CLAIMWATCH_SSE_QUEUE}",
            description = "events a slow stream may fall behind before it is dropped (env CLAIMWATCH_SSE_QUEUE; default 256)")
    Integer streamQueue;

    @Option(names = "--candidates-per-key", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_CANDIDATES_PER_KEY}",
            description = "statements detection takes through one claim key shared by many, nearest in date first "
                    + "(env CLAIMWATCH_CANDIDATES_PER_KEY; default 20)")
    Integer candidatesPerKey;

    @Option(names = "--candidates-max", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_CANDIDATES_MAX}",
            description = "statements detection compares a new one with at most, rarest keys first "
                    + "(env CLAIMWATCH_CANDIDATES_MAX; default 60)")
    Integer candidatesMax;

    @Option(names = "--stats-refresh", paramLabel = "SECONDS", defaultValue = "${env:CLAIMWATCH_STATS_REFRESH}",
            description = "serve /stats counts this young even if the store changed since; 0 = always exact "
                    + "(env CLAIMWATCH_STATS_REFRESH; default 0)")
    Integer statsRefresh;

    @Option(names = "--worker-threads", paramLabel = "N", defaultValue = "${env:CLAIMWATCH_WORKER_THREADS}",
            description = "threads of the in-process detection worker (env CLAIMWATCH_WORKER_THREADS; default 1)")
    Integer workerThreads;

    @Option(names = "--no-worker", description = "run no in-process detection worker: leave queued statements to "
            + "`worker` processes (a POST still detects its statement unless it says wait=false)")
    boolean noWorker;

    public Limits toLimits() {
        return new Limits(seconds(idleTimeout, D.idleTimeout()), seconds(requestTimeout, D.requestTimeout()),
                or(maxClaims, D.maxClaims()), seconds(analysisTimeout, D.analysisTimeout()),
                or(analysisThreads, D.analysisThreads()), or(analysisQueue, D.analysisQueue()),
                or(ratePerSecond, D.ratePerSecond()), or(rateBurst, D.rateBurst()),
                or(streamsPerClient, D.streamsPerClient()), or(streamQueue, D.streamQueue()),
                new CandidatePicker(or(candidatesPerKey, D.candidates().perKey()), or(candidatesMax, D.candidates().total())),
                seconds(statsRefresh, D.statsRefresh()), noWorker ? 0 : or(workerThreads, D.workerThreads()));
    }

    private static int or(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    private static Duration seconds(Integer value, Duration fallback) {
        return value == null ? fallback : Duration.ofSeconds(value);
    }
}
