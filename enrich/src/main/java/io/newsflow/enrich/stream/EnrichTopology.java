package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.Enricher;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * pages.raw → extract → articles.enriched (key = article id), and pages.dlq for every record that
 * cannot become an article. Records are read as bytes so that a poison record reaches the dead-letter
 * branch with its original bytes instead of stopping the stream in the deserializer.
 */
public final class EnrichTopology {

    private EnrichTopology() {}

    public static Topology build(
            EnrichSettings settings, AvroSerdes serdes, Enricher enricher, MeterRegistry metrics, Clock clock) {
        PageEnricher pages =
                new PageEnricher(serdes.rawPage().deserializer(), enricher, clock, settings.maxRecordBytes());
        StreamsBuilder builder = new StreamsBuilder();

        KStream<byte[], PageOutcome> outcomes = builder.stream(
                        settings.rawTopic(),
                        Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("read-raw-pages"))
                .processValues(
                        () -> new EnrichProcessor(pages, new PageBudget(settings.pageBudget()), metrics),
                        Named.as("extract"));

        Map<String, KStream<byte[], PageOutcome>> branches = outcomes.split(Named.as("outcome-"))
                .branch((k, v) -> v instanceof PageOutcome.Enriched, Branched.as("article"))
                .defaultBranch(Branched.as("dead-letter"));

        branches.get("outcome-article")
                .map(
                        (k, v) -> {
                            Article a = ((PageOutcome.Enriched) v).article();
                            return KeyValue.pair(a.getId(), a);
                        },
                        Named.as("key-by-article-id"))
                .to(
                        settings.articlesTopic(),
                        Produced.with(Serdes.String(), serdes.article()).withName("write-articles"));

        branches.get("outcome-dead-letter")
                .mapValues(v -> ((PageOutcome.Failed) v).deadLetter(), Named.as("to-dead-letter"))
                .to(
                        settings.deadLetters(),
                        Produced.<byte[], DeadLetter>with(Serdes.ByteArray(), serdes.deadLetter())
                                .withName("write-dead-letters"));

        return builder.build();
    }
}
