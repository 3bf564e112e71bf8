package io.claimwatch.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimwatch.App;
import io.claimwatch.Limits;
import io.claimwatch.dataset.DatasetRoutes;
import io.claimwatch.statement.StatementBatchRoutes;
import io.javalin.config.JavalinConfig;
import java.util.Map;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

/** Jetty settings that bound what one connection may hold: its idle time and its request body. */
public final class ServerLimits {

    private ServerLimits() {
    }

    public static void apply(JavalinConfig cfg, String host, int port, Limits limits, ObjectMapper json) {
        cfg.jetty.addConnector((server, http) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(http));
            connector.setHost(host);
            connector.setPort(port);
            connector.setIdleTimeout(limits.idleTimeout().toMillis()); // silent connections, stalled readers and writers
            return connector;
        });
        // Javalin hangs its servlet handler inside this wrapper, so every body passes through it first
        cfg.jetty.modifyServer(server -> server.setHandler(new BodyGate(Bodies.MAX_BYTES,
                Map.of(DatasetRoutes.IMPORT_PATH, App.MAX_IMPORT_BYTES, StatementBatchRoutes.PATH, StatementBatchRoutes.MAX_BYTES), limits.requestTimeout(), json)));
    }
}
