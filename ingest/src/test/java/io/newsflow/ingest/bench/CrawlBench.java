package io.newsflow.ingest.bench;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.broker.EmbeddedKafkaBroker;
import io.newsflow.ingest.CrawlerConfig;
import io.newsflow.ingest.kafka.CrawlProgress;
import io.newsflow.ingest.kafka.Crawler;
import io.newsflow.ingest.source.Discovered;
import io.newsflow.ingest.web.LocalWeb;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.kafka.TopicProvisioner;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.slf4j.LoggerFactory;

/**
 * Crawl throughput against many loopback hosts with a real (in-process) broker. Not a test: politeness
 * bounds the rate by design (hosts / delay), so this shows how close the crawler gets to that bound and
 * that spacing holds under load. Arguments: hosts, pages per host, delay in ms (defaults 200, 10, 1000).
 *
 * <pre>
 * mvn -q -o -pl ingest -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/ingest.cp -Dmdep.includeScope=test
 * java -cp ingest/target/test-classes:ingest/target/classes:$(cat /tmp/ingest.cp) io.newsflow.ingest.bench.CrawlBench 200 10 1000
 * </pre>
 */
public final class CrawlBench {

    public static void main(String[] args) throws Exception {
        int hosts = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int pagesPerHost = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        Duration delay = Duration.ofMillis(args.length > 2 ? Long.parseLong(args[2]) : 1000);

        // one INFO line per fetch is right for a crawler, too much for a benchmark's console
        ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("io.newsflow"))
                .setLevel(ch.qos.logback.classic.Level.WARN);
        try (LocalWeb web = LocalWeb.start(hosts);
                EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start()) {
            List<Discovered> seeds = new ArrayList<>();
            for (LocalWeb.Site site : web.sites()) {
                StringBuilder links = new StringBuilder();
                for (int p = 1; p < pagesPerHost; p++) {
                    site.html("/p" + p, "<html><body><p>" + "Article text. ".repeat(200) + "</p></body></html>");
                    links.append("<a href='/p").append(p).append("'>").append(p).append("</a>");
                }
                site.html("/", "<html><body>" + links + "</body></html>");
                seeds.add(Discovered.seed(site.url("/")));
            }
            CrawlerConfig config = CrawlerConfig.defaults()
                    .withPrivateAllowList(List.of("127.0.0.0/8"))
                    .withPolitenessDelay(delay)
                    .withMaxConcurrentFetches(64);
            KafkaSettings kafka = KafkaSettings.at(broker.bootstrapServers());
            TopicProvisioner.ensure(
                    kafka,
                    Stream.of(config.pagesTopic(), config.frontierTopic(), config.historyTopic())
                            .map(t -> new NewTopic(t, 12, (short) 1))
                            .toList());
            long expected = (long) hosts * pagesPerHost;
            long t0 = System.nanoTime();
            CrawlProgress end;
            SimpleMeterRegistry registry = new SimpleMeterRegistry();
            try (Crawler crawler = new Crawler(config, kafka, "bench", registry)) {
                crawler.submit(seeds);
                end = crawler.runUntil(p -> p.pagesPublished() >= expected
                        || System.nanoTime() - t0 > Duration.ofMinutes(5).toNanos());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf("hosts=%d pagesPerHost=%d delay=%dms%n", hosts, pagesPerHost, delay.toMillis());
            System.out.printf(
                    "pages=%d in %.1f s -> %.1f pages/s (politeness bound %.1f pages/s over the steady state)%n",
                    end.pagesPublished(), seconds, end.pagesPublished() / seconds, hosts * 1000.0 / delay.toMillis());
            System.out.printf(
                    "requests seen by the servers=%d, min per-host spacing=%d ms, mean per-host spacing=%d ms%n",
                    web.hits().size(), minSpacingMillis(web), meanSpacingMillis(web));
            Timer fetches = registry.get("newsflow.ingest.fetch.duration").timer();
            System.out.printf("mean gap by position on a host (robots, /, p1, ...): %s ms%n", gapsByPosition(web));
            System.out.printf(
                    "fetch time mean=%.1f ms max=%.1f ms over %d fetches%n",
                    fetches.mean(TimeUnit.MILLISECONDS), fetches.max(TimeUnit.MILLISECONDS), fetches.count());
            System.out.printf("pages.raw holds %s%n", countPages(config, broker.bootstrapServers()));
            long first =
                    web.hits().stream().mapToLong(LocalWeb.Hit::atNanos).min().orElse(0);
            long last =
                    web.hits().stream().mapToLong(LocalWeb.Hit::atNanos).max().orElse(0);
            double span = (last - first) / 1e9;
            System.out.printf(
                    "first to last request %.1f s -> %.1f requests/s while crawling (start-up %.1f s: topics, group join, history)%n",
                    span, web.hits().size() / span, (first - t0) / 1e9);
        }
    }

    /** Records and distinct keys in pages.raw (read_committed): equal when every page is there exactly once. */
    private static String countPages(CrawlerConfig config, String bootstrapServers) {
        Set<String> keys = new HashSet<>();
        long records = 0;
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        "bootstrap.servers",
                        bootstrapServers,
                        "group.id",
                        "bench-count",
                        "auto.offset.reset",
                        "earliest",
                        "isolation.level",
                        "read_committed"),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(config.pagesTopic()));
            long quietSince = System.nanoTime();
            while (System.nanoTime() - quietSince < Duration.ofSeconds(3).toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(200));
                if (!batch.isEmpty()) quietSince = System.nanoTime();
                for (var r : batch) {
                    records++;
                    keys.add(r.key());
                }
            }
        }
        return records + " records, " + keys.size() + " distinct URLs";
    }

    private static long meanSpacingMillis(LocalWeb web) {
        Map<String, List<LocalWeb.Hit>> byHost = web.hits().stream().collect(Collectors.groupingBy(LocalWeb.Hit::host));
        long sum = 0;
        long n = 0;
        for (List<LocalWeb.Hit> hits : byHost.values()) {
            long lo = hits.stream().mapToLong(LocalWeb.Hit::atNanos).min().orElse(0);
            long hi = hits.stream().mapToLong(LocalWeb.Hit::atNanos).max().orElse(0);
            sum += (hi - lo) / 1_000_000;
            n += hits.size() - 1;
        }
        return n == 0 ? 0 : sum / n;
    }

    /** Where the time goes: the mean gap before the 2nd, 3rd, ... request of every host. */
    private static List<Long> gapsByPosition(LocalWeb web) {
        Map<String, List<LocalWeb.Hit>> byHost = web.hits().stream().collect(Collectors.groupingBy(LocalWeb.Hit::host));
        long[] sum = new long[64];
        long[] n = new long[64];
        for (List<LocalWeb.Hit> hits : byHost.values()) {
            List<LocalWeb.Hit> sorted = hits.stream()
                    .sorted(Comparator.comparingLong(LocalWeb.Hit::atNanos))
                    .toList();
            for (int i = 1; i < sorted.size() && i < 64; i++) {
                sum[i] += (sorted.get(i).atNanos() - sorted.get(i - 1).atNanos()) / 1_000_000;
                n[i]++;
            }
        }
        List<Long> out = new ArrayList<>();
        for (int i = 1; i < 64 && n[i] > 0; i++) out.add(sum[i] / n[i]);
        return out;
    }

    private static long minSpacingMillis(LocalWeb web) {
        Map<String, List<LocalWeb.Hit>> byHost = web.hits().stream().collect(Collectors.groupingBy(LocalWeb.Hit::host));
        long min = Long.MAX_VALUE;
        for (List<LocalWeb.Hit> hits : byHost.values()) {
            List<LocalWeb.Hit> sorted = hits.stream()
                    .sorted(Comparator.comparingLong(LocalWeb.Hit::atNanos))
                    .toList();
            for (int i = 1; i < sorted.size(); i++) {
                min = Math.min(min, (sorted.get(i).atNanos() - sorted.get(i - 1).atNanos()) / 1_000_000);
            }
        }
        return min;
    }
}
