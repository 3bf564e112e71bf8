package io.claimwatch.statement;

import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.ApiProblem.FieldError;
import io.claimwatch.web.Bodies;
import io.claimwatch.web.ProblemHandlers;
import io.claimwatch.web.QueryParams;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * POST /api/v1/statements/batch: NDJSON in, one NDJSON result per line out, streamed a chunk at a
 * time. The body is first copied to a temporary file (so a slow ingest never holds the client's
 * upload open past the request timeout), then read line by line: memory does not grow with it.
 */
public final class StatementBatchRoutes {

    public static final String PATH = StatementRoutes.PATH + "/batch";
    public static final String NDJSON = "application/x-ndjson";
    /** The largest batch body, and the longest line (a 20,000-character text, escaped, with room to spare). */
    public static final long MAX_BYTES = 100L * 1024 * 1024;
    public static final int MAX_LINE_BYTES = 256 * 1024;
    private static final Logger log = LoggerFactory.getLogger(StatementBatchRoutes.class);

    private final StatementBatch batch;
    private final Bodies bodies;
    private final LongConsumer detect;

    /** {@code detect} runs one statement's detection now (what {@code wait=true} waits for). */
    public StatementBatchRoutes(StatementBatch batch, Bodies bodies, LongConsumer detect) {
        this.batch = batch;
        this.bodies = bodies;
        this.detect = detect;
    }

    public void register(RoutesConfig routes) {
        routes.post(PATH, this::ingest);
    }

    private void ingest(Context ctx) throws IOException {
        boolean wait = !"false".equals(new QueryParams(ctx).allowOnly(Set.of("wait")).oneOf("wait", Set.of("true", "false")));
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase().startsWith(NDJSON)) {
            throw new ApiProblem(415, "Unsupported media type", "send one JSON statement per line as " + NDJSON,
                    List.of(new FieldError("Content-Type", "must be " + NDJSON)));
        }
        Path spool = Files.createTempFile("claimwatch-batch-", ".ndjson");
        ExecutorService analysis = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            bodies.spool(ctx, spool);
            ctx.status(200).contentType(NDJSON);
            OutputStream out = ctx.outputStream();
            long[] last = {0};
            try (InputStream in = Files.newInputStream(spool)) {
                batch.run(new NdjsonLines(in, MAX_LINE_BYTES), analysis, wait ? detect : null, results -> {
                    results.forEach(result -> write(out, line(result, ctx.path())));
                    last[0] = results.get(results.size() - 1).line();
                    flush(out);
                });
            } catch (RuntimeException e) {
                // the status is sent: say on the last line where it stopped (every earlier line stands)
                log.error("batch ingest failed after line {}", last[0], e);
                Map<String, Object> aborted = new LinkedHashMap<>();
                aborted.put("line", last[0] + 1);
                aborted.put("status", "aborted");
                aborted.put("problem", ProblemHandlers.body(new ApiProblem(500, "Internal error",
                        "the server failed; lines from here on were not stored; send them again", List.of()), ctx.path()));
                write(out, aborted);
                flush(out);
            }
        } finally {
            analysis.shutdownNow();
            Files.deleteIfExists(spool);
        }
    }

    private static Map<String, Object> line(StatementBatch.Result result, String path) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("line", result.line());
        line.put("status", result.status());
        if (result.id() != null) {
            line.put("id", result.id());
        }
        if (result.problem() != null) {
            line.put("problem", ProblemHandlers.body(result.problem(), path));
        }
        return line;
    }

    private void write(OutputStream out, Map<String, Object> line) {
        try {
            out.write(bodies.mapper().writeValueAsBytes(line));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
