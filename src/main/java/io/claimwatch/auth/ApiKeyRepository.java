package io.claimwatch.auth;

import static io.claimwatch.db.Tables.API_KEY;

import io.claimwatch.db.tables.records.ApiKeyRecord;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** All SQL about API keys; lookups go through the unique indexes on name and token hash. */
final class ApiKeyRepository {

    private final DSLContext dsl;

    ApiKeyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(String name, Role role, String tokenHash, OffsetDateTime now) {
        dsl.insertInto(API_KEY).set(API_KEY.NAME, name).set(API_KEY.ROLE, role.json())
                .set(API_KEY.TOKEN_HASH, tokenHash).set(API_KEY.CREATED_AT, now).execute();
    }

    Optional<ApiKey> byTokenHash(String tokenHash) {
        return dsl.selectFrom(API_KEY).where(API_KEY.TOKEN_HASH.eq(tokenHash)).fetchOptional().map(ApiKeyRepository::toKey);
    }

    Optional<ApiKey> byName(String name) {
        return dsl.selectFrom(API_KEY).where(API_KEY.NAME.eq(name)).fetchOptional().map(ApiKeyRepository::toKey);
    }

    /** Whether any key was ever made, revoked ones included: revoking the last key must not open the server. */
    boolean any() {
        return dsl.fetchExists(dsl.selectOne().from(API_KEY));
    }

    List<ApiKey> all() {
        return dsl.selectFrom(API_KEY).orderBy(API_KEY.NAME).fetch(ApiKeyRepository::toKey);
    }

    boolean revoke(String name, OffsetDateTime now) {
        return dsl.update(API_KEY).set(API_KEY.REVOKED_AT, now)
                .where(API_KEY.NAME.eq(name)).and(API_KEY.REVOKED_AT.isNull()).execute() == 1;
    }

    private static ApiKey toKey(ApiKeyRecord r) {
        return new ApiKey(r.getName(), Role.ofKey(r.getRole()), r.getCreatedAt(), r.getRevokedAt());
    }
}
