package io.newsflow.sink.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.schema.Article;
import io.newsflow.schema.PipelineMeters;
import io.newsflow.sink.dedup.DedupSettings;
import io.newsflow.sink.dedup.Fingerprint;
import io.newsflow.sink.dedup.NearDuplicateIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Collapses syndicated copies. A copy (exact or near) of an article seen within the window is not
 * news: it is not sent on to articles.clean; instead the original, with the copy's URL added to its
 * sources, is re-emitted to articles.latest, and the copy itself goes to articles.latest with
 * duplicateOf set, so a consumer holding the copy's URL finds the original. Everything else is an
 * original (or a new version of one) and goes on to story grouping.
 */
final class DedupProcessor implements Processor<String, Article, String, Article> {

    static final String BUCKETS = "dedup-buckets";
    static final String ORIGINALS = "dedup-originals";
    /** The last emitted state of every original in the window, shared with the story processor. */
    static final String EMITTED = "emitted-articles";

    static final String TO_STORIES = "stories";

    private final DedupSettings settings;
    private final MeterRegistry metrics;
    private ProcessorContext<String, Article> context;
    private NearDuplicateIndex index;
    private TimestampedKeyValueStore<String, Article> emitted;

    DedupProcessor(DedupSettings settings, MeterRegistry metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, Article> context) {
        this.context = context;
        KeyValueStore<String, String> buckets = context.getStateStore(BUCKETS);
        KeyValueStore<String, String> originals = context.getStateStore(ORIGINALS);
        this.index = new NearDuplicateIndex(settings, new StoreTable<>(buckets), new StoreTable<>(originals));
        this.emitted = context.getStateStore(EMITTED);
        StreamTimeEviction.schedule(context, this::evict);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article a = record.value();
        Fingerprint fp = index.fingerprint(a.getText());
        Optional<NearDuplicateIndex.Match> match = index.findOriginal(a.getId(), a.getContentHash(), fp);
        ValueAndTimestamp<Article> original =
                match.map(m -> emitted.get(m.originalId())).orElse(null);
        if (original != null) {
            Article grown = withSource(original.value(), a.getUrl());
            emitted.put(grown.getId(), ValueAndTimestamp.make(grown, original.timestamp()));
            Article copy = Article.newBuilder(a)
                    .setDuplicateOf(grown.getId())
                    .setStoryId(grown.getStoryId())
                    .setSources(List.of(a.getUrl()))
                    .build();
            metrics.counter(
                            PipelineMeters.SINK_ARTICLES,
                            PipelineMeters.OUTCOME,
                            PipelineMeters.DUPLICATE,
                            PipelineMeters.REASON,
                            PipelineMeters.NO_REASON)
                    .increment();
            context.forward(record.withValue(grown).withKey(grown.getId()), SinkTopology.TO_LATEST);
            context.forward(record.withValue(copy), SinkTopology.TO_LATEST);
            return;
        }
        index.index(a.getId(), a.getContentHash(), fp, record.timestamp());
        ValueAndTimestamp<Article> previous = emitted.get(a.getId());
        Article.Builder out = Article.newBuilder(a).setDuplicateOf(null);
        if (previous == null) {
            out.setSources(List.of(a.getUrl())).setStoryId(null);
        } else {
            // a new version keeps the copies and the story its earlier version gathered
            out.setSources(withSource(previous.value(), a.getUrl()).getSources())
                    .setStoryId(previous.value().getStoryId());
        }
        context.forward(record.withValue(out.build()), TO_STORIES);
    }

    private static Article withSource(Article a, String url) {
        List<String> sources = new ArrayList<>(a.getSources());
        if (sources.isEmpty()) {
            sources.add(a.getUrl());
        }
        if (!sources.contains(url)) {
            sources.add(url);
        }
        return Article.newBuilder(a).setSources(sources).build();
    }

    private void evict(long streamTime) {
        index.evict(streamTime);
        StreamTimeEviction.deleteOlderThan(
                emitted, streamTime - settings.window().toMillis(), streamTime);
    }
}
