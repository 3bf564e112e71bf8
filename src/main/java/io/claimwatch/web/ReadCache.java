package io.claimwatch.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * The answers of the busiest reads (lists, timelines), kept as the bytes sent, so a dashboard polling
 * the same page costs a look-up instead of a query and its JSON. An answer is reused only while the
 * store is as it was when the answer was made: no write request has ended in this process since
 * (a counter), the newest event id is the same (every statement and contradiction made, and every
 * change a detection or a review makes, appends one, in any process; read at most every 10 ms), and it is younger than
 * {@link #MAX_AGE}, which bounds what the stamp cannot see: edits made through another server process
 * and an event committed out of id order by another process. An answer past that age is made again
 * by one request while the others still get it, so a busy page is not made by hundreds at once.
 */
public final class ReadCache {

    /** The longest an answer is reused when only another process changed the store. */
    public static final Duration MAX_AGE = Duration.ofSeconds(1);
    /** Answers larger than this are not kept: a few pages of the largest lists. */
    private static final int MAX_ENTRY_BYTES = 512 * 1024;
    private static final Set<HandlerType> READS = Set.of(HandlerType.GET, HandlerType.HEAD, HandlerType.OPTIONS);

    private record Stamp(long writes, long newestEvent) {
    }

    private record Answer(Stamp stamp, long madeAt, String contentType, String etag, byte[] body, AtomicBoolean renewing) {

        /** True when this answer may still be sent; claims its renewal for the caller when it is too old. */
        boolean reusable(Stamp now, long nanoTime) {
            return stamp.equals(now) && (nanoTime - madeAt < MAX_AGE.toNanos() || !renewing.compareAndSet(false, true));
        }
    }

    /**
     * The newest event id is read at most this often: a look-up per request cost more than the answer itself.
     * So a change made through another process is seen by reads that start this long after it was committed.
     */
    public static final Duration EVENT_CHECK = Duration.ofMillis(10);
    private static final long EVENT_CHECK_NANOS = EVENT_CHECK.toNanos();

    private record Checked(long newestEvent, long at) {
    }

    private final AtomicLong writes = new AtomicLong();
    private final LongSupplier newestEvent;
    private final AtomicReference<Checked> checked = new AtomicReference<>(new Checked(-1, System.nanoTime() - EVENT_CHECK_NANOS));
    private final Cache<String, Answer> answers;

    /** {@code newestEvent} reads the newest event id from the store (an index look-up). */
    public ReadCache(LongSupplier newestEvent, long maxBytes) {
        this.newestEvent = newestEvent;
        this.answers = Caffeine.newBuilder()
                .maximumWeight(maxBytes)
                .weigher((String key, Answer a) -> key.length() + a.body().length)
                .expireAfterAccess(Duration.ofMinutes(1))
                .build();
    }

    /** Counts every request that may have written, once it has ended (whatever its status). */
    public void register(RoutesConfig routes) {
        routes.after(ctx -> {
            if (!READS.contains(ctx.method())) {
                writes.incrementAndGet();
            }
        });
    }

    /** {@code handler} answered from this cache when the store has not changed since its last 200 for the same URL. */
    public Handler cached(Handler handler) {
        return ctx -> {
            String key = ctx.path() + "?" + (ctx.queryString() == null ? "" : ctx.queryString());
            // taken before the answer is made: a write that lands meanwhile changes the stamp, so it is never hidden
            long started = System.nanoTime();
            Stamp stamp = new Stamp(writes.get(), newestEvent(started));
            Answer old = answers.getIfPresent(key);
            if (old != null && old.reusable(stamp, System.nanoTime())) {
                ctx.contentType(old.contentType()).header("ETag", old.etag()).result(old.body());
                return;
            }
            boolean kept = false;
            try {
                handler.handle(ctx);
                kept = keep(ctx, key, stamp, started);
            } finally {
                if (old != null && !kept) {
                    old.renewing().set(false); // a renewal that failed leaves the next request to try again
                }
            }
        };
    }

    /** Sends the handler's 200 as bytes with their ETag and keeps them; false when nothing was kept. */
    private boolean keep(Context ctx, String key, Stamp stamp, long started) {
        InputStream result = ctx.resultInputStream();
        if (ctx.statusCode() != 200 || result == null || ctx.res().getHeader("ETag") != null) {
            return false;
        }
        byte[] body = Conventions.hashedBody(ctx, result);
        if (body.length > MAX_ENTRY_BYTES) {
            return false;
        }
        answers.put(key, new Answer(stamp, started, ctx.res().getContentType(), ctx.res().getHeader("ETag"), body,
                new AtomicBoolean()));
        return true;
    }

    private long newestEvent(long now) {
        Checked last = checked.get();
        if (now - last.at() < EVENT_CHECK_NANOS) {
            return last.newestEvent();
        }
        long newest = newestEvent.getAsLong();
        checked.set(new Checked(newest, now));
        return newest;
    }
}
