package io.newsflow.ingest.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.crawl.CrawlStep;
import io.newsflow.ingest.fetch.AddressAllowList;
import io.newsflow.ingest.fetch.FetchMetrics;
import io.newsflow.ingest.fetch.Fetcher;
import io.newsflow.ingest.fetch.SsrfGuard;
import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.robots.RobotsCache;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.url.PolitenessKey;
import io.newsflow.ingest.url.UrlFilterChain;
import io.newsflow.kafka.KafkaClients;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.Topic;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The crawler: seeds, feeds and sitemaps in, {@code pages.raw} out, politely, on Kafka.
 *
 * <pre>{@code
 * Crawler.run(CrawlerConfig.defaults(), KafkaSettings.at("kafka:9092"), SeedList.read(Path.of("seeds.txt")).seeds(),
 *         p -> shutdownRequested);
 * }</pre>
 *
 * Instances sharing {@link CrawlerConfig#consumerGroup()} split the politeness keys between them (the
 * frontier is keyed by key); each needs its own {@code instanceId}, which names its transactional
 * producer: {@link #defaultInstanceId()} is unique per process; a stable id lets a restart fence its
 * former self at once instead of after the transaction timeout. Its topics ({@code pages.raw}, the frontier
 * and the history) must exist: the stage that starts it creates them.
 */
public final class Crawler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Crawler.class);

    private final CrawlerConfig config;
    private final KafkaSettings kafka;
    private final Topic<String, RawPage> pages;
    private final String instanceId;
    private final Fetcher fetcher;
    private final CrawlStep step;
    private final UrlFilterChain filters = UrlFilterChain.defaults();
    private final CrawlMetrics metrics;
    private final int pagesTopicLimit;

    /** Meters go to {@code registry}: see {@link FetchMetrics} and {@code CrawlMetrics} for their names. */
    public Crawler(CrawlerConfig config, KafkaSettings kafka, String instanceId, MeterRegistry registry) {
        this.config = config;
        this.kafka = kafka;
        this.pages = Topic.keyedByString(config.pagesTopic(), kafka.serdes().rawPage());
        this.instanceId = instanceId;
        this.pagesTopicLimit = PagesTopicLimit.forRecords(PagesTopicLimit.checked(config, kafka), kafka);
        this.metrics = new CrawlMetrics(registry);
        this.fetcher = new Fetcher(
                config, new SsrfGuard(AddressAllowList.parse(config.privateAllowList())), new FetchMetrics(registry));
        this.step = new CrawlStep(config, fetcher, new RobotsCache(config, fetcher), filters);
    }

    /**
     * {@code crawler-<host>-<pid>}: unique per process, so two crawlers on one machine never take the same
     * transactional id and fence each other. Fencing a crashed predecessor does not need a stable id:
     * the frontier offsets go into each transaction with the consumer group's generation, so a zombie's
     * commit fails anyway; an open transaction of a killed process is aborted by the broker after the
     * transaction timeout (30 s), which holds back read_committed readers for at most that long. In a
     * container the pid is the same after each restart, and the id with it.
     */
    public static String defaultInstanceId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "localhost";
        }
        return "crawler-" + host + "-" + ProcessHandle.current().pid();
    }

    /** Submits {@code seeds}, crawls until {@code stop} says so, and returns where it stood then. */
    public static CrawlProgress run(
            CrawlerConfig config, KafkaSettings kafka, Collection<Discovered> seeds, Predicate<CrawlProgress> stop) {
        try (Crawler crawler = new Crawler(config, kafka, defaultInstanceId(), new SimpleMeterRegistry())) {
            crawler.submit(seeds);
            return crawler.runUntil(stop);
        }
    }

    /** Puts URLs into the frontier (seeds, feeds, sitemaps). Already crawled pages are skipped when consumed. */
    public int submit(Collection<Discovered> seeds) {
        PolitenessKey keys = new PolitenessKey(config.keyByRegistrableDomain());
        int sent = 0;
        try (KafkaProducer<String, byte[]> producer = KafkaClients.producer(kafka, instanceId + "-seeds", null)) {
            for (Discovered d : seeds) {
                if (filters.reject(d.url()).isPresent()) {
                    log.warn(
                            "seed refused url={} reason=\"{}\"",
                            d.url(),
                            filters.reject(d.url()).get());
                    continue;
                }
                producer.send(new ProducerRecord<>(
                        config.frontierTopic(), keys.of(d.url()), JsonCodec.encode(CrawlRequest.of(d, 0))));
                sent++;
            }
            producer.flush();
        }
        log.info("seeds submitted count={} topic={}", sent, config.frontierTopic());
        return sent;
    }

    /** Crawls on this thread until {@code stop} returns true, then finishes running fetches, commits and returns. */
    public CrawlProgress runUntil(Predicate<CrawlProgress> stop) {
        try (KafkaConsumer<String, byte[]> consumer =
                        KafkaClients.consumer(kafka, instanceId + "-frontier", config.consumerGroup());
                KafkaProducer<String, byte[]> producer =
                        KafkaClients.producer(kafka, instanceId + "-tx", config.consumerGroup() + "-" + instanceId);
                HistoryView history = new HistoryView(config, kafka, instanceId + "-history")) {
            producer.initTransactions();
            // learn the output topics' partitions now, while the consumer joins its group: else the first
            // commit that carries pages and links blocks the loop on metadata (seen as a 1-2 s stall in CrawlBench)
            for (String topic : List.of(config.pagesTopic(), config.frontierTopic(), config.historyTopic())) {
                producer.partitionsFor(topic);
            }
            CrawlProgress end = new CrawlLoop(
                            config, kafka, pages, step, consumer, producer, history, metrics, pagesTopicLimit)
                    .run(stop);
            log.info(
                    "crawler stopped instance={} pages={} requests={} queued={}",
                    instanceId,
                    end.pagesPublished(),
                    end.requestsDone(),
                    end.queued());
            return end;
        }
    }

    @Override
    public void close() {
        fetcher.close();
    }
}
