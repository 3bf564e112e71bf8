package io.claimwatch.event;

import io.javalin.http.sse.SseClient;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * One connected client: a bounded queue the poller fills without ever waiting, and a writer (the
 * client's own thread) that drains it onto the socket. A client whose queue overflows is dropped
 * and its connection aborted, so a writer stuck on a socket nobody reads is freed too; the client
 * resumes with Last-Event-ID. Events at or below {@code floor} are what the client already had.
 */
final class EventStream {

    private final EventHub hub;
    final String clientKey;
    private final long floor;
    private final Long lastEventId;
    private final BlockingQueue<Event> queue;
    private final Runnable abort;
    private final EventHub.Seen sent = new EventHub.Seen();
    private volatile boolean dropped;

    EventStream(EventHub hub, String clientKey, long floor, Long lastEventId, int capacity, Runnable abort) {
        this.hub = hub;
        this.clientKey = clientKey;
        this.floor = floor;
        this.lastEventId = lastEventId;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.abort = abort;
    }

    /** Called by the poller: never blocks. */
    void offer(Event event) {
        if (event.id() > floor && !dropped && !queue.offer(event)) {
            drop(true);
        }
    }

    /** Ends the stream and cuts its connection; {@code fellBehind} tells a slow client from a shutdown. */
    void drop(boolean fellBehind) {
        if (!dropped) {
            dropped = true;
            hub.left(this);
            if (fellBehind) {
                hub.dropped(this);
            }
            abort.run();
        }
    }

    /** The writer loop: replays what the client missed, then sends events as they come, with heartbeats between. */
    void write(SseClient client, LongSupplier newest, Duration heartbeat) throws InterruptedException {
        try {
            client.sendComment("connected"); // the stream was registered before: from here on the client misses nothing
            if (lastEventId != null) {
                long from = Math.max(lastEventId, newest.getAsLong() - EventHub.REPLAY_WINDOW);
                for (Event event : hub.replay(from)) {
                    send(client, event);
                }
            }
            while (!dropped && !client.terminated()) {
                Event event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    client.sendComment("keep-alive"); // also finds out when the client has gone
                } else {
                    send(client, event);
                }
            }
        } finally {
            hub.left(this);
        }
    }

    private void send(SseClient client, Event event) {
        if (event.id() > floor && !dropped && sent.add(event.id())) {
            client.sendEvent(event.type(), event.payload(), Long.toString(event.id()));
        }
    }
}
