package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.PipelineMeters;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;

/**
 * Hands each record with its origin to {@link PageEnricher}, under the {@link PageBudget} so that no page
 * holds the stream thread past the transaction timeout, and counts what came of it.
 */
final class EnrichProcessor implements FixedKeyProcessor<byte[], byte[], PageOutcome> {

    private final PageEnricher enricher;
    private final PageBudget budget;
    private final MeterRegistry metrics;
    private final Timer extractTime;
    private FixedKeyProcessorContext<byte[], PageOutcome> context;

    EnrichProcessor(PageEnricher enricher, PageBudget budget, MeterRegistry metrics) {
        this.enricher = enricher;
        this.budget = budget;
        this.metrics = metrics;
        this.extractTime = Timer.builder("newsflow.enrich.extract")
                .description("Time to turn one raw page into an article")
                .register(metrics);
    }

    @Override
    public void init(FixedKeyProcessorContext<byte[], PageOutcome> context) {
        this.context = context;
        // The topic model loads on first use (seconds): not inside the first page's budget.
        enricher.warmUp();
    }

    @Override
    public void close() {
        budget.close();
    }

    @Override
    public void process(FixedKeyRecord<byte[], byte[]> record) {
        DeadLetters.Origin origin = context.recordMetadata()
                .map(m -> new DeadLetters.Origin(m.topic(), m.partition(), m.offset()))
                .orElse(new DeadLetters.Origin("unknown", -1, -1));
        long t0 = System.nanoTime();
        PageOutcome outcome = budget.run(
                () -> enricher.enrich(origin, record.key(), record.value()),
                () -> enricher.tooSlow(origin, record.key(), record.value(), budget.limit()));
        extractTime.record(System.nanoTime() - t0, TimeUnit.NANOSECONDS);
        if (outcome instanceof PageOutcome.Enriched e) {
            // Every meter of one name carries the same tag keys, or Prometheus refuses the later ones (and the
            // dead letters vanish from /metrics): articles have reason "none".
            metrics.counter(
                            PipelineMeters.ENRICH_PAGES,
                            PipelineMeters.OUTCOME,
                            PipelineMeters.ARTICLE,
                            PipelineMeters.REASON,
                            PipelineMeters.NO_REASON)
                    .increment();
            e.article()
                    .getRemoved()
                    .forEach((kind, n) -> metrics.counter("newsflow.enrich.chrome.removed", "kind", kind)
                            .increment(n));
            metrics.counter("newsflow.enrich.repairs").increment(e.article().getRepairs());
        } else if (outcome instanceof PageOutcome.Failed f) {
            // Commit soon after a slow page, so that slow pages do not pile up in one transaction.
            if (f.deadLetter().getErrorKind().equals("too-slow")) context.commit();
            metrics.counter(
                            PipelineMeters.ENRICH_PAGES,
                            PipelineMeters.OUTCOME,
                            PipelineMeters.DEAD_LETTER,
                            PipelineMeters.REASON,
                            f.deadLetter().getErrorKind())
                    .increment();
        }
        context.forward(record.withValue(outcome));
    }
}
