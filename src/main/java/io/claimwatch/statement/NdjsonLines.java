package io.claimwatch.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Newline-delimited lines read from a stream with a bound on each: a longer line is reported as
 * too long (and skipped to its end) instead of being held in memory.
 */
public final class NdjsonLines {

    /** One line: its 1-based number, and its text, or null when it passed the bound. */
    public record Line(long number, String text) {
        public boolean tooLong() {
            return text == null;
        }
    }

    private final InputStream in;
    private final int maxBytes;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    private long number;
    private boolean ended;

    public NdjsonLines(InputStream in, int maxBytes) {
        this.in = in.markSupported() ? in : new java.io.BufferedInputStream(in, 65536);
        this.maxBytes = maxBytes;
    }

    public int maxBytes() {
        return maxBytes;
    }

    /** The next line that is not blank, or null at the end of the stream. */
    public Line next() {
        try {
            while (!ended) {
                buffer.reset();
                boolean tooLong = false;
                int b;
                while ((b = in.read()) != -1 && b != '\n') {
                    if (buffer.size() < maxBytes) {
                        buffer.write(b);
                    } else {
                        tooLong = true;
                    }
                }
                ended = b == -1;
                if (ended && buffer.size() == 0 && !tooLong) {
                    return null;
                }
                number++;
                if (tooLong) {
                    return new Line(number, null);
                }
                String text = buffer.toString(StandardCharsets.UTF_8).strip();
                if (!text.isEmpty()) {
                    return new Line(number, text);
                }
            }
            return null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
