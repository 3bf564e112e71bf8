package io.claimwatch.support;

import io.claimwatch.App;
import io.claimwatch.Config;
import java.util.List;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Base of every API test: the subclass's tests run once per configured database, each time
 * against the real app started on port 0 over an empty database, spoken to over HTTP.
 */
@ParameterizedClass(name = "[{0}]")
@MethodSource("io.claimwatch.support.TestDatabase#configured")
public abstract class ApiTest {

    protected static App app;
    protected static Http http;
    private static TestDatabase.Fresh database;

    @Parameter
    protected TestDatabase db;

    @BeforeParameterizedClassInvocation
    static void startApp(TestDatabase which) {
        database = which.fresh();
        app = App.start(new Config("127.0.0.1", 0, database.url(), null, null, false, List.of()));
        http = new Http("http://127.0.0.1:" + app.port());
    }

    /** The JDBC URL of this run's database, for tests that start a second app on it. */
    protected static String databaseUrl() {
        return database.url();
    }

    @AfterParameterizedClassInvocation
    static void stopApp() {
        app.close();
        database.close();
    }
}
