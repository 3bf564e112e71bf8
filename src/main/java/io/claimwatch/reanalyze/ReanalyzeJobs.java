package io.claimwatch.reanalyze;

import io.claimwatch.reanalyze.ReanalyzeService.Request;
import io.claimwatch.web.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Re-analysis runs requested over HTTP, one at a time in the background, with their progress. Jobs
 * live in the memory of the process that accepted them (the last {@link #KEEP} are kept); the work
 * itself is crash-safe, since each statement is queued for detection as it is re-read.
 */
public final class ReanalyzeJobs implements AutoCloseable {

    static final int KEEP = 100;
    private static final Logger log = LoggerFactory.getLogger(ReanalyzeJobs.class);

    /** A job as clients see it. {@code total} is -1 until the run has counted its statements. */
    public record Job(long id, String status, String topicId, boolean onlyOutdated, long total, long done,
                      long skipped, OffsetDateTime queuedAt, OffsetDateTime startedAt, OffsetDateTime finishedAt,
                      String error) {
    }

    private final ReanalyzeService service;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Job> jobs = new LinkedHashMap<>();
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "reanalyze");
        thread.setDaemon(true);
        return thread;
    });

    public ReanalyzeJobs(ReanalyzeService service) {
        this.service = service;
    }

    /** Validates the request and queues the run; returns the job as queued. */
    public Job submit(Request request) {
        service.validate(request);
        long id = ids.incrementAndGet();
        Job job = put(new Job(id, "queued", request.topicId(), request.onlyOutdated(), -1, 0, 0, Clock.now(), null, null, null));
        worker.submit(() -> run(id, request));
        return job;
    }

    public Optional<Job> get(long id) {
        synchronized (jobs) {
            return Optional.ofNullable(jobs.get(id));
        }
    }

    private void run(long id, Request request) {
        update(id, j -> new Job(id, "running", j.topicId(), j.onlyOutdated(), -1, 0, 0, j.queuedAt(), Clock.now(), null, null));
        try {
            ReanalyzeService.Report report = service.run(request, (section, done, total) ->
                    update(id, j -> new Job(id, "running", j.topicId(), j.onlyOutdated(), total, done, j.skipped(),
                            j.queuedAt(), j.startedAt(), null, null)));
            update(id, j -> new Job(id, "done", j.topicId(), j.onlyOutdated(), report.total(),
                    report.reanalyzed() + report.skipped(), report.skipped(), j.queuedAt(), j.startedAt(), Clock.now(), null));
        } catch (RuntimeException e) {
            log.error("re-analysis job {} failed", id, e);
            update(id, j -> new Job(id, "failed", j.topicId(), j.onlyOutdated(), j.total(), j.done(), j.skipped(),
                    j.queuedAt(), j.startedAt(), Clock.now(), "the run stopped on an internal error; see the server log"));
        }
    }

    private Job put(Job job) {
        synchronized (jobs) {
            jobs.put(job.id(), job);
            while (jobs.size() > KEEP) {
                jobs.remove(jobs.keySet().iterator().next());
            }
        }
        return job;
    }

    private void update(long id, UnaryOperator<Job> change) {
        synchronized (jobs) {
            Job current = jobs.get(id);
            if (current != null) {
                jobs.put(id, change.apply(current));
            }
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
