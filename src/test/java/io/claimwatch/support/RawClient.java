package io.claimwatch.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A hand-driven HTTP/1.1 connection to 127.0.0.1, for clients no library would be: ones that
 * never read, trickle their body, or send more than they announce.
 */
public final class RawClient implements AutoCloseable {

    private final Socket socket;

    /** {@code receiveBuffer} > 0 shrinks the socket's receive window (set before connecting, so it counts). */
    public RawClient(int port, int receiveBuffer) throws IOException {
        this(port, receiveBuffer, "127.0.0.1");
    }

    /** A client connecting from {@code localAddress} (any 127.x.y.z is this machine), to be another client address. */
    public RawClient(int port, int receiveBuffer, String localAddress) throws IOException {
        socket = new Socket();
        if (receiveBuffer > 0) {
            socket.setReceiveBufferSize(receiveBuffer);
        }
        socket.bind(new InetSocketAddress(localAddress, 0));
        socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
    }

    public void send(String text) throws IOException {
        send(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    public void send(byte[] bytes) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
    }

    /**
     * Everything the server sends until it closes the connection or {@code within} passes, as
     * ISO-8859-1 text. Stops early once {@code enough} appears (null: read to the end).
     */
    public String read(Duration within, String enough) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        StringBuilder text = new StringBuilder();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (System.nanoTime() < deadline && (enough == null || !text.toString().contains(enough))) {
            socket.setSoTimeout((int) Math.max(1, Math.min(500, (deadline - System.nanoTime()) / 1_000_000)));
            try {
                int n = in.read(buffer);
                if (n < 0) {
                    break;
                }
                text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            } catch (SocketTimeoutException e) {
                // poll again until the deadline
            } catch (IOException e) {
                break; // reset by the server: what came before is the answer
            }
        }
        return text.toString();
    }

    /** Whether the server has closed the connection, waiting at most {@code within}. */
    public boolean closedByServer(Duration within) throws IOException {
        long deadline = System.nanoTime() + within.toNanos();
        InputStream in = socket.getInputStream();
        byte[] buffer = new byte[8192];
        while (System.nanoTime() < deadline) {
            socket.setSoTimeout(200);
            try {
                if (in.read(buffer) < 0) {
                    return true;
                }
            } catch (SocketTimeoutException e) {
                // still open
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
