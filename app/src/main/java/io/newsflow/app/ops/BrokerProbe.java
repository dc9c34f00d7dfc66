package io.newsflow.app.ops;

import io.newsflow.app.config.KafkaSettings;
import io.newsflow.app.kafka.KafkaClients;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Asks the brokers whether they answer, quickly, for /ready. */
public final class BrokerProbe implements AutoCloseable {

    private final Admin admin;

    public BrokerProbe(KafkaSettings kafka) {
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

    @Override
    public void close() {
        admin.close();
    }
}
