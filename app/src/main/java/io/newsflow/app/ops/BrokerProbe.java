package io.newsflow.app.ops;

import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** Asks the brokers whether they answer, quickly, for /ready. */
public final class BrokerProbe implements AutoCloseable {

    private final Admin admin;
    private final String servers;

    public BrokerProbe(KafkaSettings kafka) {
        this.servers = kafka.bootstrapServers();
        Map<String, Object> p = new HashMap<>(KafkaClients.common(kafka));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 2000);
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        this.admin = Admin.create(p);
    }

    public boolean reachable() {
        try {
            return !admin.describeCluster().nodes().get(2, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    /** A stage is ready when it runs ({@code notRunning} is null) and the brokers answer. */
    public OpsServer.Readiness readiness(String stage, String notRunning) {
        if (notRunning != null) return new OpsServer.Readiness(false, notRunning);
        return reachable()
                ? new OpsServer.Readiness(true, stage + " is RUNNING")
                : new OpsServer.Readiness(false, "brokers at " + servers + " do not answer");
    }

    @Override
    public void close() {
        admin.close();
    }
}
