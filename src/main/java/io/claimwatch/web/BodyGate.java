package io.claimwatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Request bodies, before any route sees them. An ordinary body is read without holding a thread
 * (a client trickling its body costs a socket, not a server thread) and handed on only once it
 * has fully arrived; it is refused with 413 as soon as it passes the limit, chunked or not, and
 * with 408 when it has not arrived within the request timeout. Routes listed as streamed (the
 * import) read their large bodies themselves, through the same byte count and deadline.
 */
public final class BodyGate extends Handler.Wrapper {

    private final long limit;
    private final Map<String, Long> streamed;
    private final Duration timeout;
    private final ObjectMapper json;
    /** All ordinary bodies being read at once share this many bytes; beyond it a new body waits its turn (503). */
    private final AtomicLong budget = new AtomicLong(Runtime.getRuntime().maxMemory() / 8);

    public BodyGate(long limit, Map<String, Long> streamed, Duration timeout, ObjectMapper json) {
        this.limit = limit;
        this.streamed = Map.copyOf(streamed);
        this.timeout = timeout;
        this.json = json;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        long length = request.getLength();
        boolean chunked = length < 0 && request.getHeaders().contains(HttpHeader.TRANSFER_ENCODING);
        if (length <= 0 && !chunked) {
            return super.handle(request, response, callback);
        }
        Long streamedLimit = streamed.get(Request.getPathInContext(request));
        long max = streamedLimit == null ? limit : streamedLimit;
        if (length > max) {
            reject(request, response, callback, tooLarge(max));
            return true;
        }
        if (streamedLimit != null) {
            Counted counted = new Counted(request, max);
            Scheduler.Task deadline = schedule(request, () -> {
                if (!counted.finished) {
                    request.getConnectionMetaData().getConnection().getEndPoint().close(new TimeoutException("body too slow"));
                }
            });
            return super.handle(counted, response, new Callback.Nested(callback) {
                @Override
                public void succeeded() {
                    deadline.cancel();
                    super.succeeded();
                }

                @Override
                public void failed(Throwable x) {
                    deadline.cancel();
                    super.failed(x);
                }
            });
        }
        new Loader(request, response, callback, max, length).start();
        return true;
    }

    private Scheduler.Task schedule(Request request, Runnable task) {
        return request.getComponents().getScheduler().schedule(task, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static ApiProblem tooLarge(long max) {
        return new ApiProblem(413, "Payload too large", "bodies are limited to " + max + " bytes here", List.of());
    }

    private void reject(Request request, Response response, Callback callback, ApiProblem problem) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(ProblemHandlers.body(problem, Request.getPathInContext(request)));
        } catch (JsonProcessingException e) {
            callback.failed(e);
            return;
        }
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, ProblemHandlers.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONNECTION, "close"); // the rest of the body is not worth reading
        if (problem instanceof RetryLater later) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(later.seconds()));
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Reads one ordinary body chunk by chunk as it arrives, then hands the request on. */
    private final class Loader {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final long max;
        private final ByteArrayOutputStream bytes;
        private final AtomicBoolean decided = new AtomicBoolean();
        private final Scheduler.Task deadline;
        private long reserved;

        Loader(Request request, Response response, Callback callback, long max, long length) {
            this.request = request;
            this.response = response;
            this.callback = callback;
            this.max = max;
            this.bytes = new ByteArrayOutputStream(length > 0 ? (int) length : 8192);
            this.deadline = schedule(request, () -> decide(() -> reject(request, response, callback,
                    new ApiProblem(408, "Request timeout", "the body did not arrive within " + timeout.toSeconds()
                            + " s; send it in one go", List.of()))));
        }

        void start() {
            read(false);
        }

        private void read(boolean fromDemand) {
            while (!decided.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(() -> read(true));
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    decide(() -> callback.failed(failure));
                    return;
                }
                ByteBuffer buffer = chunk.getByteBuffer();
                int n = buffer.remaining();
                if (bytes.size() + (long) n > max) {
                    chunk.release();
                    decide(() -> reject(request, response, callback, tooLarge(max)));
                    return;
                }
                if (!reserve(n)) {
                    chunk.release();
                    decide(() -> reject(request, response, callback, new RetryLater(503,
                            "too many request bodies are arriving at once; retry shortly", Duration.ofSeconds(2))));
                    return;
                }
                byte[] copy = new byte[n];
                buffer.get(copy);
                bytes.write(copy, 0, n);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (fromDemand) {
                        request.getContext().execute(this::dispatch); // the next handler may block: not on this thread
                    } else {
                        dispatch();
                    }
                    return;
                }
            }
        }

        private boolean reserve(int n) {
            if (budget.addAndGet(-n) < 0) {
                budget.addAndGet(n);
                return false;
            }
            reserved += n;
            return true;
        }

        private void dispatch() {
            decide(() -> {
                Buffered buffered = new Buffered(request, bytes.toByteArray());
                try {
                    if (!BodyGate.super.handle(buffered, response, callback)) {
                        Response.writeError(request, response, callback, 404);
                    }
                } catch (Throwable t) {
                    Response.writeError(request, response, callback, t);
                }
            });
        }

        /** Exactly one outcome per request, whichever of body, limit or timer comes first. */
        private void decide(Runnable outcome) {
            if (decided.compareAndSet(false, true)) {
                deadline.cancel();
                budget.addAndGet(reserved);
                outcome.run();
            }
        }
    }

    /** The request with its body already in memory. */
    private static final class Buffered extends Request.Wrapper {
        private Content.Chunk body;

        Buffered(Request wrapped, byte[] bytes) {
            super(wrapped);
            this.body = Content.Chunk.from(ByteBuffer.wrap(bytes), true);
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = body;
            body = Content.Chunk.EOF;
            return chunk;
        }

        @Override
        public void demand(Runnable demandCallback) {
            demandCallback.run(); // the whole body is here
        }
    }

    /** A streamed body: counted as it is read, failed with 413 past the limit. */
    private static final class Counted extends Request.Wrapper {
        private final long max;
        private long count;
        volatile boolean finished;

        Counted(Request wrapped, long max) {
            super(wrapped);
            this.max = max;
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk chunk = super.read();
            if (chunk == null || Content.Chunk.isFailure(chunk)) {
                return chunk;
            }
            count += chunk.remaining();
            if (count > max) {
                chunk.release();
                finished = true;
                return Content.Chunk.from(new HttpException.RuntimeException(413, "bodies are limited to " + max + " bytes here"));
            }
            finished = chunk.isLast();
            return chunk;
        }
    }
}
