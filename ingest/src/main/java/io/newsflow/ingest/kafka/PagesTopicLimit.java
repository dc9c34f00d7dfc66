package io.newsflow.ingest.kafka;

import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;

/**
 * The largest record {@code pages.raw} takes, read from the topic at start. A topic made by someone else
 * (with the broker's 1 MB default) or a raised {@code ingest.max.body.bytes} would otherwise fail the
 * first big page's transaction, kill the crawler, and kill it again on every restart at the same page.
 */
final class PagesTopicLimit {

    /** What a record needs besides its body: URL key, headers, metadata, the record and batch framing. */
    static final int ROOM_BESIDE_BODY = 8 * 1024;

    private PagesTopicLimit() {}

    /**
     * The topic's {@code max.message.bytes}, after checking that a page with a body of
     * {@code maxBodyBytes} fits in it; a config that cannot work is refused here, with what to change.
     */
    static int checked(CrawlerConfig config, KafkaSettings kafka) {
        int limit = read(config, kafka);
        if ((long) config.maxBodyBytes() + ROOM_BESIDE_BODY > limit) {
            throw new IllegalStateException("topic " + config.pagesTopic() + " takes records of at most " + limit
                    + " bytes (max.message.bytes), too few for pages of up to " + config.maxBodyBytes()
                    + " bytes (ingest.max.body.bytes) and " + ROOM_BESIDE_BODY + " bytes of URL and headers: set"
                    + " ingest.max.body.bytes to at most " + (limit - ROOM_BESIDE_BODY)
                    + " or raise the topic's max.message.bytes (kafka-configs.sh --alter --entity-type topics"
                    + " --entity-name " + config.pagesTopic() + " --add-config max.message.bytes="
                    + ((long) config.maxBodyBytes() + 64 * 1024) + ")");
        }
        return limit;
    }

    /**
     * The most a page record may take: the topic's limit, or the producer's {@code max.request.size} when
     * smaller.
     */
    static int forRecords(int topicLimit, KafkaSettings kafka) {
        return Math.min(topicLimit, kafka.maxRecordBytes());
    }

    static int read(CrawlerConfig config, KafkaSettings kafka) {
        ConfigResource topic = new ConfigResource(ConfigResource.Type.TOPIC, config.pagesTopic());
        try (Admin admin = KafkaClients.admin(kafka)) {
            Config c = admin.describeConfigs(List.of(topic))
                    .all()
                    .get(30, TimeUnit.SECONDS)
                    .get(topic);
            ConfigEntry e = c.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
            return Integer.parseInt(e.value());
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(
                    "cannot read max.message.bytes of topic " + config.pagesTopic() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the config of " + config.pagesTopic(), e);
        }
    }
}
