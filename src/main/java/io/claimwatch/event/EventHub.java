package io.claimwatch.event;

import io.claimwatch.web.Clock;
import io.claimwatch.web.RetryLater;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fans the change log out to SSE clients. One poller per process reads the shared log table, so
 * a change made by any server process reaches the clients of every process. The poller only
 * queues events; each client's own writer sends them (see {@link EventStream}), so no client can
 * stall the others. A client that reconnects with Last-Event-ID gets what it missed, up to
 * {@link #REPLAY_WINDOW} events.
 */
public final class EventHub implements AutoCloseable {

    public static final int REPLAY_WINDOW = 1000;
    /** Identity ids are taken before commit, so an event may land behind the cursor: look back this far. */
    private static final int LOOK_BACK = 200;
    private static final Duration POLL_EVERY = Duration.ofMillis(200);
    private static final Duration KEEP_EVENTS = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(EventHub.class);

    /** How many streams a client may hold, how far one may fall behind, how often an idle one hears from us. */
    public record Settings(int streamsPerClient, int queueEvents, Duration heartbeat) {
    }

    private final DSLContext dsl;
    private final Settings settings;
    private final Set<EventStream> streams = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> perClient = new ConcurrentHashMap<>();
    private final Counter droppedStreams;
    private final Seen seen = new Seen();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "event-poller");
        thread.setDaemon(true);
        return thread;
    });
    private long cursor;
    private int polls;

    public EventHub(DSLContext dsl, Settings settings, MeterRegistry metrics) {
        this.dsl = dsl;
        this.settings = settings;
        Gauge.builder("claimwatch.sse.clients", streams, Set::size)
                .description("Server-Sent Events streams open on this process").register(metrics);
        droppedStreams = Counter.builder("claimwatch.sse.dropped")
                .description("Event streams dropped because their client fell behind").register(metrics);
    }

    public void start() {
        cursor = new EventRepository(dsl).newestId();
        poller.scheduleWithFixedDelay(this::pollSafely, 0, POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** A live stream from one client. */
    public interface Subscription {
        /** Writes events to {@code client} until it leaves or is dropped; runs on the client's own thread. */
        void run(io.javalin.http.sse.SseClient client) throws InterruptedException;

        /** Gives the slot back when the stream never started. */
        void cancel();
    }

    /**
     * Registers a client, which will get what it missed since {@code lastEventId} (null: nothing)
     * and then every new event. {@code abort} cuts its connection. 429 when the client already
     * holds its share of streams.
     */
    public Subscription subscribe(String clientKey, Long lastEventId, Runnable abort) {
        Integer held = perClient.compute(clientKey, (k, n) -> n == null ? 1 : n + 1);
        if (held > settings.streamsPerClient()) {
            release(clientKey);
            throw new RetryLater(429, "this client already holds " + settings.streamsPerClient()
                    + " event streams; close one (a closed stream resumes with Last-Event-ID)", Duration.ofSeconds(5));
        }
        long newest = new EventRepository(dsl).newestId();
        // a new client starts after the newest event; a returning one after the last it saw
        EventStream stream = new EventStream(this, clientKey, lastEventId == null ? newest : lastEventId, lastEventId,
                settings.queueEvents(), abort);
        streams.add(stream); // before the replay, so nothing broadcast meanwhile is lost
        return new Subscription() {
            @Override
            public void run(io.javalin.http.sse.SseClient client) throws InterruptedException {
                stream.write(client, () -> newest, settings.heartbeat());
            }

            @Override
            public void cancel() {
                left(stream);
            }
        };
    }

    public int subscriberCount() {
        return streams.size();
    }

    List<Event> replay(long afterId) {
        return new EventRepository(dsl).after(afterId, REPLAY_WINDOW);
    }

    void dropped(EventStream stream) {
        droppedStreams.increment();
        log.info("dropped an event stream of {}: it fell {} events behind", stream.clientKey, settings.queueEvents());
    }

    void left(EventStream stream) {
        if (streams.remove(stream)) {
            release(stream.clientKey);
        }
    }

    private void release(String clientKey) {
        perClient.computeIfPresent(clientKey, (k, n) -> n <= 1 ? null : n - 1);
    }

    private void pollSafely() {
        try {
            poll();
        } catch (RuntimeException e) {
            log.warn("event poll failed: {}", e.getMessage());
        }
    }

    private void poll() {
        EventRepository events = new EventRepository(dsl);
        List<Event> batch;
        do {
            batch = events.after(Math.max(0, cursor - LOOK_BACK), REPLAY_WINDOW);
            for (Event event : batch) {
                if (seen.add(event.id())) {
                    streams.forEach(s -> s.offer(event));
                }
                cursor = Math.max(cursor, event.id());
            }
        } while (batch.size() == REPLAY_WINDOW && batch.get(batch.size() - 1).id() > cursor - LOOK_BACK);
        if (++polls % 3000 == 0) { // about every ten minutes
            events.deleteOlderThan(Clock.now().minus(KEEP_EVENTS));
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        streams.forEach(s -> s.drop(false));
    }

    /** A bounded memory of recent ids. */
    static final class Seen {
        private static final int CAPACITY = 5000;
        private final LinkedHashSet<Long> ids = new LinkedHashSet<>();

        synchronized boolean add(long id) {
            if (!ids.add(id)) {
                return false;
            }
            if (ids.size() > CAPACITY) {
                ids.remove(ids.iterator().next());
            }
            return true;
        }
    }
}
