package io.newsflow.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.PipelineMeters;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;

/**
 * One hop of the pass-through pipeline: turns each raw record into an article (keyed by its id) or a
 * dead letter (keyed by the original key bytes), counts the outcome under the same meter the real stage
 * uses, and sends it to the matching child.
 */
final class Relay implements Processor<byte[], byte[], Object, Object> {

    /** Decodes one record; returns an {@link Article} or a {@link DeadLetter}, never throws. */
    @FunctionalInterface
    interface Step {
        Object apply(DeadLetters.Origin origin, byte[] key, byte[] value);
    }

    private final Step step;
    private final MeterRegistry metrics;
    private final String counter;
    private final String articleOutcome;
    private final String toArticles;
    private final String toDeadLetters;
    private ProcessorContext<Object, Object> context;

    Relay(
            Step step,
            MeterRegistry metrics,
            String counter,
            String articleOutcome,
            String toArticles,
            String toDeadLetters) {
        this.step = step;
        this.metrics = metrics;
        this.counter = counter;
        this.articleOutcome = articleOutcome;
        this.toArticles = toArticles;
        this.toDeadLetters = toDeadLetters;
    }

    @Override
    public void init(ProcessorContext<Object, Object> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        DeadLetters.Origin origin = context.recordMetadata()
                .map(m -> new DeadLetters.Origin(m.topic(), m.partition(), m.offset()))
                .orElse(new DeadLetters.Origin("unknown", -1, -1));
        Object out = step.apply(origin, record.key(), record.value());
        if (out instanceof Article a) {
            metrics.counter(
                            counter,
                            PipelineMeters.OUTCOME,
                            articleOutcome,
                            PipelineMeters.REASON,
                            PipelineMeters.NO_REASON)
                    .increment();
            context.forward(new Record<>(a.getId(), out, record.timestamp()), toArticles);
        } else {
            metrics.counter(
                            counter,
                            PipelineMeters.OUTCOME,
                            PipelineMeters.DEAD_LETTER,
                            PipelineMeters.REASON,
                            reason(out))
                    .increment();
            context.forward(new Record<>(record.key(), out, record.timestamp()), toDeadLetters);
        }
    }

    private static String reason(Object deadLetter) {
        return deadLetter instanceof DeadLetter d ? d.getErrorKind() : "unknown";
    }
}
