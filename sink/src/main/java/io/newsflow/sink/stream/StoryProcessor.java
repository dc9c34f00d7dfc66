package io.newsflow.sink.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.schema.Article;
import io.newsflow.schema.PipelineMeters;
import io.newsflow.sink.stories.StoryGrouper;
import io.newsflow.sink.stories.StoryInput;
import io.newsflow.sink.stories.StoryRecords;
import io.newsflow.sink.stories.StorySettings;
import io.newsflow.sink.stories.StoryState;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/**
 * Puts a new article into its story, at its event time (the record's time, see {@link PublicationTime}) (a new version stays in the story it had), emits the changed story
 * (and, when the story it grew into was merged with another, the absorbed one with {@code mergedInto}),
 * remembers the article as emitted and sends it to articles.clean (and its routes) and articles.latest.
 */
final class StoryProcessor implements Processor<String, Article, String, SpecificRecord> {

    static final String TERMS = "story-terms";
    static final String GROUPS = "story-groups";
    static final String POSTINGS = "story-postings";

    private final StorySettings settings;
    private final MeterRegistry metrics;
    private ProcessorContext<String, SpecificRecord> context;
    private StoryGrouper grouper;
    private TimestampedKeyValueStore<String, Article> emitted;

    StoryProcessor(StorySettings settings, MeterRegistry metrics) {
        this.settings = settings;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        KeyValueStore<String, String> terms = context.getStateStore(TERMS);
        KeyValueStore<String, byte[]> groups = context.getStateStore(GROUPS);
        KeyValueStore<String, String> postings = context.getStateStore(POSTINGS);
        grouper = new StoryGrouper(
                settings, new StoreTable<>(terms), new StoreTable<>(groups), new StoreTable<>(postings));
        emitted = context.getStateStore(DedupProcessor.EMITTED);
        StreamTimeEviction.schedule(context, grouper::evict);
    }

    @Override
    public void process(Record<String, Article> record) {
        Article a = record.value();
        if (a.getStoryId() == null) {
            StoryGrouper.Assignment assigned = grouper.assign(StoryInput.of(a, record.timestamp()));
            a = Article.newBuilder(a).setStoryId(assigned.story().id()).build();
            metrics.counter("newsflow.sink.stories", PipelineMeters.OUTCOME, assigned.opened() ? "opened" : "joined")
                    .increment();
            long at = SinkTopology.appendTime(a, record.timestamp());
            context.forward(
                    new Record<>(assigned.story().id(), StoryRecords.of(assigned.story()), at),
                    SinkTopology.TO_STORIES);
            StoryState absorbed = assigned.absorbed();
            if (absorbed != null) {
                metrics.counter("newsflow.sink.stories", PipelineMeters.OUTCOME, "merged")
                        .increment();
                repoint(absorbed, assigned.story().id());
                context.forward(
                        new Record<>(
                                absorbed.id(),
                                StoryRecords.absorbed(absorbed, assigned.story().id()),
                                at),
                        SinkTopology.TO_STORIES);
            }
        }
        emitted.put(a.getId(), ValueAndTimestamp.make(a, record.timestamp()));
        metrics.counter(
                        PipelineMeters.SINK_ARTICLES,
                        PipelineMeters.OUTCOME,
                        a.getVersion() == 1 ? PipelineMeters.NEW : PipelineMeters.NEW_VERSION,
                        PipelineMeters.REASON,
                        PipelineMeters.NO_REASON)
                .increment();
        recordLatency(a);
        Record<String, SpecificRecord> out = record.withValue(a);
        context.forward(out, SinkTopology.TO_CLEAN);
        context.forward(out, SinkTopology.TO_LATEST);
    }

    /**
     * Points the remembered members of a story folded into another at the one that holds them now, so their
     * new versions and the copies found of them carry the live story's id. Articles already emitted are not
     * sent again: the absorbed story's record ({@code mergedInto}) tells consumers where they went.
     */
    private void repoint(StoryState absorbed, String into) {
        for (String id : absorbed.members()) {
            ValueAndTimestamp<Article> member = emitted.get(id);
            if (member != null && absorbed.id().equals(member.value().getStoryId())) {
                Article moved =
                        Article.newBuilder(member.value()).setStoryId(into).build();
                emitted.put(id, ValueAndTimestamp.make(moved, member.timestamp()));
            }
        }
    }

    /** Fetch-to-sink time of an article as it leaves for consumers, the pipeline's end-to-end latency. */
    private void recordLatency(Article a) {
        if (a.getFetchedAt() != null && a.getFetchedAt().toEpochMilli() > 0 && a.getSinkAt() != null) {
            long millis = a.getSinkAt().toEpochMilli() - a.getFetchedAt().toEpochMilli();
            if (millis >= 0) {
                Timer.builder("newsflow.pipeline.latency")
                        .description("Time from fetch to the article's emission by the sink")
                        .publishPercentileHistogram()
                        .register(metrics)
                        .record(Duration.ofMillis(millis));
            }
        }
    }
}
