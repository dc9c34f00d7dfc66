package io.newsflow.app.kafka;

import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.KafkaException;

/**
 * Whether the brokers answer, asked once at start with a short deadline: an unreachable broker is one line
 * naming the setting within {@link #DEADLINE}, not a minute of client retries and a stack trace.
 */
public final class BrokerCheck {

    static final Duration DEADLINE = Duration.ofSeconds(15);

    private BrokerCheck() {}

    public static void reachable(KafkaSettings kafka) {
        Map<String, Object> p = new HashMap<>(KafkaClients.common(kafka));
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) DEADLINE.toMillis());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) DEADLINE.toMillis());
        p.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1000);
        String where = "Kafka at " + kafka.bootstrapServers() + " (setting kafka.bootstrap.servers)";
        try (Admin admin = Admin.create(p)) {
            admin.describeCluster().nodes().get(DEADLINE.toMillis() + 2000, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reaching " + where);
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            throw new IllegalStateException("cannot reach " + where + " within " + DEADLINE.toSeconds() + " s: "
                    + cause.getClass().getSimpleName());
        } catch (KafkaException e) {
            throw new IllegalStateException("cannot reach " + where + ": " + e.getMessage());
        }
    }
}
