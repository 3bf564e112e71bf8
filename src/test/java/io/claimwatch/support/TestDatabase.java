package io.claimwatch.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The databases the suite runs against: H2 always, PostgreSQL when CLAIMWATCH_TEST_PG_URL
 * (or -Dclaimwatch.test.pgUrl) names a server. Every {@link #fresh()} call makes an empty database.
 */
public enum TestDatabase {
    H2, POSTGRESQL;

    private static final Pattern PG_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)");

    public static Stream<TestDatabase> configured() {
        return pgUrl() == null ? Stream.of(H2) : Stream.of(H2, POSTGRESQL);
    }

    /** A new, empty database; closing it drops it. */
    public Fresh fresh() {
        String name = "cw_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        if (this == H2) {
            return new Fresh("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", () -> { });
        }
        Matcher m = PG_URL.matcher(pgUrl());
        if (!m.matches()) {
            throw new IllegalStateException("CLAIMWATCH_TEST_PG_URL must look like jdbc:postgresql://host:port/db?...");
        }
        execute(pgUrl(), "create database " + name);
        return new Fresh(m.group(1) + name + m.group(3), () -> execute(pgUrl(), "drop database if exists " + name + " with (force)"));
    }

    /** An empty database that is dropped on close. */
    public record Fresh(String url, Runnable drop) implements AutoCloseable {
        @Override
        public void close() {
            drop.run();
        }
    }

    private static String pgUrl() {
        String url = System.getProperty("claimwatch.test.pgUrl");
        if (url == null || url.isBlank() || url.startsWith("${")) {
            url = System.getenv("CLAIMWATCH_TEST_PG_URL");
        }
        return url == null || url.isBlank() ? null : url;
    }

    private static void execute(String url, String sql) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL test database: " + sql + " failed", e);
        }
    }
}
