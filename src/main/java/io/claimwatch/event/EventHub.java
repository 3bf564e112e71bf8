package io.claimwatch.event;

import io.claimwatch.web.Clock;
import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
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
 * a change made by any server process reaches the clients of every process. A client that
 * reconnects with Last-Event-ID gets what it missed, up to {@link #REPLAY_WINDOW} events.
 */
public final class EventHub implements AutoCloseable {

    public static final int REPLAY_WINDOW = 1000;
    /** Identity ids are taken before commit, so an event may land behind the cursor: look back this far. */
    private static final int LOOK_BACK = 200;
    private static final Duration POLL_EVERY = Duration.ofMillis(200);
    private static final Duration KEEP_EVENTS = Duration.ofDays(7);
    private static final Logger log = LoggerFactory.getLogger(EventHub.class);

    private final DSLContext dsl;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final Seen seen = new Seen();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "event-poller");
        thread.setDaemon(true);
        return thread;
    });
    private long cursor;
    private int polls;

    public EventHub(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void start() {
        cursor = new EventRepository(dsl).newestId();
        poller.scheduleWithFixedDelay(this::pollSafely, 0, POLL_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Registers a client, first replaying what it missed since {@code lastEventId} (null: nothing). */
    public void subscribe(SseClient client, Long lastEventId) {
        EventRepository events = new EventRepository(dsl);
        long newest = events.newestId();
        // a new client starts after the newest event; a returning one after the last it saw
        Subscriber subscriber = new Subscriber(client, lastEventId == null ? newest : lastEventId);
        subscribers.add(subscriber); // before the replay, so nothing broadcast meanwhile is lost
        client.onClose(() -> subscribers.remove(subscriber));
        if (lastEventId != null) {
            events.after(Math.max(lastEventId, newest - REPLAY_WINDOW), REPLAY_WINDOW).forEach(subscriber::send);
        }
    }

    public int subscriberCount() {
        return subscribers.size();
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
                    subscribers.forEach(s -> s.send(event));
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
        subscribers.forEach(s -> s.client.close());
    }

    /**
     * One connected client: it gets events after {@code floor} (what it had already, or what was
     * there before it came), each once, whether by replay or broadcast.
     */
    private static final class Subscriber {
        private final SseClient client;
        private final long floor;
        private final Seen sent = new Seen();

        Subscriber(SseClient client, long floor) {
            this.client = client;
            this.floor = floor;
        }

        synchronized void send(Event event) {
            if (event.id() > floor && !client.terminated() && sent.add(event.id())) {
                client.sendEvent(event.type(), event.payload(), Long.toString(event.id()));
            }
        }
    }

    /** A bounded memory of recent ids. */
    private static final class Seen {
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
