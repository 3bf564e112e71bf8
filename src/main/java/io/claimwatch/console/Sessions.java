package io.claimwatch.console;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Console sessions in memory, keyed by a random id in an HttpOnly, SameSite=Strict cookie.
 * Bounded: the least recently seen session goes first, and idle ones expire.
 */
public final class Sessions {

    static final String COOKIE = "cw_session";
    static final String CSRF_FIELD = "_csrf";
    private static final String ATTRIBUTE = "claimwatch.console.session";
    private static final int MAX = 10_000;
    private static final Duration IDLE = Duration.ofHours(12);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyCheck keys;
    private final Map<String, Session> sessions = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Session> eldest) {
            return size() > MAX;
        }
    };

    public Sessions(KeyCheck keys) {
        this.keys = keys;
    }

    /**
     * Who uses the console in this session: the signed-in key's holder, else everyone while the
     * server has no keys, else {@link Viewer#NOBODY}: the page then asks to sign in.
     */
    public Viewer viewer(Session session) {
        if (session.signedIn() != null) {
            return session.signedIn();
        }
        return keys.required() ? Viewer.NOBODY : Viewer.ANONYMOUS;
    }

    public boolean keysRequired() {
        return keys.required();
    }

    /**
     * Signs in with an API key: a new session id (an id seen before signing in is never trusted
     * after it), a new CSRF token; empty when the key is not valid.
     */
    public synchronized java.util.Optional<Session> signIn(Context ctx, String key) {
        java.util.Optional<Viewer> viewer = keys.viewer(key);
        if (viewer.isEmpty()) {
            return java.util.Optional.empty();
        }
        drop(ctx);
        Session session = new Session(token(), token(), viewer.get(), Instant.now());
        sessions.put(session.id(), session);
        setCookie(ctx, session.id());
        ctx.attribute(ATTRIBUTE, session);
        return java.util.Optional.of(session);
    }

    /** Forgets the session; the browser gets a fresh, signed-out one on its next page. */
    public synchronized void signOut(Context ctx) {
        drop(ctx);
        ctx.res().addHeader("Set-Cookie", COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict");
    }

    private void drop(Context ctx) {
        String id = ctx.cookie(COOKIE);
        if (id != null) {
            sessions.remove(id);
        }
    }

    private static void setCookie(Context ctx, String id) {
        ctx.res().addHeader("Set-Cookie", COOKIE + "=" + id + "; Path=/; HttpOnly; SameSite=Strict");
    }

    /** This request's session, made (and its cookie set) when the browser has none or an expired one. */
    public synchronized Session of(Context ctx) {
        Session known = ctx.attribute(ATTRIBUTE);
        if (known != null) {
            return known; // one session per request, however often asked
        }
        Instant now = Instant.now();
        String id = ctx.cookie(COOKIE);
        Session session = id == null ? null : sessions.get(id);
        if (session == null || session.lastSeen().plus(IDLE).isBefore(now)) {
            session = new Session(token(), token(), null, now);
            setCookie(ctx, session.id());
        }
        session = session.seen(now);
        sessions.put(session.id(), session);
        ctx.attribute(ATTRIBUTE, session);
        return session;
    }

    /** The session of a form post, or a 403 when its CSRF token is missing or not the session's. */
    public Session checked(Context ctx) {
        String id = ctx.cookie(COOKIE);
        Session session;
        synchronized (this) {
            session = id == null ? null : sessions.get(id);
        }
        String sent = ctx.formParam(CSRF_FIELD);
        if (session == null || sent == null || !MessageDigest.isEqual(
                session.csrf().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("the form has expired or did not come from this console; reload the page");
        }
        return session;
    }

    private static String token() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
