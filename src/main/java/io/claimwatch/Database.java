package io.claimwatch;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** The pooled connection, migrated schema and jOOQ context for H2 or PostgreSQL. */
public record Database(HikariDataSource dataSource, DSLContext dsl, SQLDialect dialect) implements AutoCloseable {

    /** H2 must behave like PostgreSQL so that one set of migrations and queries serves both. */
    private static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    /**
     * H2 writes committed transactions to its file in the background every 500 ms by default, so a
     * kill -9 lost acknowledged writes and their ids were handed out again: write at each commit.
     * The lock timeout lets a detection wait for another one holding the same statement.
     */
    private static final String H2_DURABILITY = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    static {
        // jOOQ's banner and tips would otherwise open every log
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    public static Database open(String url, String user, String password, MeterRegistry metrics) {
        SQLDialect dialect = dialectOf(url);
        HikariConfig hikari = new HikariConfig();
        hikari.setJdbcUrl(dialect == SQLDialect.H2 ? withH2Options(url) : url);
        if (user != null) {
            hikari.setUsername(user);
        }
        if (password != null) {
            hikari.setPassword(password);
        }
        hikari.setMaximumPoolSize(dialect == SQLDialect.H2 ? 8 : 16);
        hikari.setPoolName("claimwatch");
        hikari.setMetricRegistry(metrics);
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try {
            Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        // generated classes carry no schema, so the same ones work on both databases
        Settings settings = new Settings().withRenderSchema(false);
        return new Database(dataSource, DSL.using(dataSource, dialect, settings), dialect);
    }

    /** Fails fast on anything but the two supported databases. */
    public static SQLDialect dialectOf(String url) {
        if (url != null && url.startsWith("jdbc:h2:")) {
            return SQLDialect.H2;
        }
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            return SQLDialect.POSTGRES;
        }
        throw new IllegalArgumentException("unsupported database URL '" + url
                + "': use jdbc:h2:... or jdbc:postgresql://host:port/database");
    }

    private static String withH2Options(String url) {
        String withMode = url.toUpperCase().contains("MODE=") ? url : url + H2_OPTIONS;
        return withMode.toUpperCase().contains("WRITE_DELAY=") ? withMode : withMode + H2_DURABILITY;
    }

    public boolean isHealthy() {
        try {
            return dsl.selectOne().fetchOne() != null;
        } catch (RuntimeException e) {
            return false;
        }
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
