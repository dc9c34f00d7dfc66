package io.newsflow.sink.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

import java.time.Clock;

/**
 * articles.enriched → versioned, de-duplicated → articles.clean and articles.latest (compacted).
 * The version store is changelogged, so a restarted sink remembers what it emitted.
 */
public final class SinkTopology {

    private SinkTopology() {
    }

    public static Topology build(SinkSettings settings, AvroSerdes serdes, MeterRegistry metrics, Clock clock) {
        Serde<Article> articleSerde = serdes.article();
        Serializer<Object> articleOut = cast(articleSerde.serializer());
        Serializer<DeadLetter> deadSerializer = serdes.deadLetter().serializer();
        Serializer<Object> deadOut = cast(deadSerializer);

        Topology topology = new Topology();
        topology.addSource("read-enriched-articles", new ByteArrayDeserializer(), new ByteArrayDeserializer(),
                settings.enrichedTopic());
        topology.addProcessor("version", () -> new VersionProcessor(articleSerde.deserializer(), metrics, clock),
                "read-enriched-articles");
        topology.addStateStore(Stores.keyValueStoreBuilder(Stores.persistentKeyValueStore(VersionProcessor.STORE),
                Serdes.String(), Serdes.String()), "version");
        topology.addProcessor(VersionProcessor.TO_ARTICLES, NoOp::new, "version");
        topology.addSink("write-clean", settings.cleanTopic(), new StringSerializer(), articleOut, VersionProcessor.TO_ARTICLES);
        topology.addSink("write-latest", settings.latestTopic(), new StringSerializer(), articleOut, VersionProcessor.TO_ARTICLES);
        topology.addProcessor(VersionProcessor.TO_DEAD_LETTERS, NoOp::new, "version");
        topology.addSink("write-dead-letters", settings.deadLetters(), new StringSerializer(), deadOut,
                VersionProcessor.TO_DEAD_LETTERS);
        return topology;
    }

    @SuppressWarnings("unchecked")
    private static Serializer<Object> cast(Serializer<?> serializer) {
        return (Serializer<Object>) serializer;
    }

    /** A named fan-out point: forwards every record to its sinks. */
    private static final class NoOp implements org.apache.kafka.streams.processor.api.Processor<String, Object, String, Object> {
        private org.apache.kafka.streams.processor.api.ProcessorContext<String, Object> context;

        @Override
        public void init(org.apache.kafka.streams.processor.api.ProcessorContext<String, Object> context) {
            this.context = context;
        }

        @Override
        public void process(org.apache.kafka.streams.processor.api.Record<String, Object> record) {
            context.forward(record);
        }
    }
}
