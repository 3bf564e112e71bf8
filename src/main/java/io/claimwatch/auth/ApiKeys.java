package io.claimwatch.auth;

import io.claimwatch.web.ApiProblem;
import io.claimwatch.web.Checks;
import io.claimwatch.web.Clock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jooq.DSLContext;
import org.jooq.exception.IntegrityConstraintViolationException;

/**
 * Creates, lists, revokes and recognises API keys.
 *
 * <p>Tokens are 256 random bits from {@link SecureRandom}; only their SHA-256 is stored. A slow
 * password hash (bcrypt, Argon2) exists to make guessing low-entropy passwords expensive; nobody can
 * guess 2^256 tokens however fast the hash is, so a plain SHA-256 is as safe here, and being
 * deterministic it lets a request find its key through a unique index instead of trying every key.
 */
public final class ApiKeys {

    private static final String PREFIX = "cw_";
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DSLContext dsl;
    private volatile boolean secured;

    public ApiKeys(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new key; the returned token is the only copy there will ever be. */
    public String create(String name, Role role) {
        new Checks().required("name", name, 64)
                .matches("name", name, NAME, "must be letters, digits, '.', '_', '@' or '-', at most 64").orThrow();
        if (role == null || role == Role.PUBLIC) {
            throw ApiProblem.badRequest("role", "must be one of reader, reviewer, editor, admin");
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        try {
            new ApiKeyRepository(dsl).insert(name, role, hash(token), Clock.now());
        } catch (IntegrityConstraintViolationException e) {
            throw ApiProblem.conflict("name", "a key named '" + name + "' exists (names of revoked keys stay taken)");
        }
        secured = true;
        return token;
    }

    public List<ApiKey> list() {
        return new ApiKeyRepository(dsl).all();
    }

    public void revoke(String name) {
        if (!new ApiKeyRepository(dsl).revoke(name, Clock.now())) {
            throw ApiProblem.notFound("active key", name);
        }
    }

    /** The active key holding {@code token}, if any. */
    public Optional<ApiKey> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        return new ApiKeyRepository(dsl).byTokenHash(hash(token)).filter(ApiKey::active);
    }

    /** Once any key was made the server checks every request; the answer never goes back to false. */
    public boolean secured() {
        if (!secured) {
            secured = new ApiKeyRepository(dsl).any();
        }
        return secured;
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
