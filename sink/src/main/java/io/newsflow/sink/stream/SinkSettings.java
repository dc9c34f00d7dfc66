package io.newsflow.sink.stream;

import io.newsflow.sink.dedup.DedupSettings;
import io.newsflow.sink.route.RoutingRules;
import io.newsflow.sink.stories.StorySettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Where the sink reads and writes, and how it deduplicates, routes and groups.
 *
 * @param enrichedTopic articles from enrich (articles.enriched)
 * @param cleanTopic    every new article or version (articles.clean); copies are not on it
 * @param latestTopic   compacted, latest state per id (articles.latest): also copies, with duplicateOf,
 *                      and originals again each time a copy adds a source
 * @param deadLetters   records the sink cannot read (pages.dlq)
 * @param storiesTopic  a Story record each time a story changes (stories, compacted by story id)
 * @param handOffTopic  versioned articles on their way to dedup and story grouping, partitioned by language
 *                      ({@link LanguagePartition}) so that a copy meets its original in one task's stores
 * @param handOffLanguages the order in which languages are dealt to the hand-off's partitions, the stream's
 *                      largest first ({@link LanguagePartition#BY_VOLUME} when empty)
 * @param routing       per-subject and per-language topics
 * @param dedup         near-duplicate detection
 * @param stories       story grouping
 * @param versionRetention how long after the sink last saw an article id it forgets the id's version and
 *                      content hash (the version store stays bounded); see {@link VersionProcessor} for
 *                      what happens when a forgotten article comes back
 */
public record SinkSettings(
        String enrichedTopic,
        String cleanTopic,
        String latestTopic,
        String deadLetters,
        String storiesTopic,
        String handOffTopic,
        List<String> handOffLanguages,
        RoutingRules routing,
        DedupSettings dedup,
        StorySettings stories,
        Duration versionRetention) {
    /** A month: re-crawls of a news article come within days; one unseen for a month is cold. */
    public static final Duration DEFAULT_VERSION_RETENTION = Duration.ofDays(30);

    public SinkSettings {
        Objects.requireNonNull(enrichedTopic, "enrichedTopic");
        Objects.requireNonNull(cleanTopic, "cleanTopic");
        Objects.requireNonNull(latestTopic, "latestTopic");
        Objects.requireNonNull(deadLetters, "deadLetters");
        Objects.requireNonNull(storiesTopic, "storiesTopic");
        Objects.requireNonNull(handOffTopic, "handOffTopic");
        handOffLanguages = handOffLanguages == null || handOffLanguages.isEmpty()
                ? LanguagePartition.BY_VOLUME
                : List.copyOf(handOffLanguages);
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(dedup, "dedup");
        Objects.requireNonNull(stories, "stories");
        // Shorter than dedup or story windows, an id could be forgotten while its copies and story still point at it.
        if (versionRetention == null
                || versionRetention.compareTo(dedup.window()) < 0
                || versionRetention.compareTo(stories.window()) < 0) {
            throw new IllegalArgumentException(
                    "versionRetention must be at least the dedup and story windows: " + versionRetention);
        }
    }

    /** The four base topics with the default stories topic, routing, dedup and grouping. */
    public SinkSettings(String enrichedTopic, String cleanTopic, String latestTopic, String deadLetters) {
        this(
                enrichedTopic,
                cleanTopic,
                latestTopic,
                deadLetters,
                "stories",
                "sink.articles.versioned",
                LanguagePartition.BY_VOLUME,
                RoutingRules.defaults(),
                DedupSettings.defaults(),
                StorySettings.defaults(),
                DEFAULT_VERSION_RETENTION);
    }

    public static SinkSettings defaults() {
        return new SinkSettings("articles.enriched", "articles.clean", "articles.latest", "pages.dlq");
    }

    public SinkSettings withStoriesTopic(String topic) {
        return copy(p -> p.storiesTopic = topic);
    }

    public SinkSettings withHandOffTopic(String topic) {
        return copy(p -> p.handOffTopic = topic);
    }

    public SinkSettings withHandOffLanguages(List<String> order) {
        return copy(p -> p.handOffLanguages = order);
    }

    public SinkSettings withVersionRetention(Duration retention) {
        return copy(p -> p.versionRetention = retention);
    }

    public SinkSettings withStories(StorySettings grouping) {
        return copy(p -> p.stories = grouping);
    }

    public SinkSettings withRouting(RoutingRules rules) {
        return copy(p -> p.routing = rules);
    }

    private SinkSettings copy(Consumer<Parts> change) {
        Parts p = new Parts(this);
        change.accept(p);
        return new SinkSettings(
                p.enrichedTopic,
                p.cleanTopic,
                p.latestTopic,
                p.deadLetters,
                p.storiesTopic,
                p.handOffTopic,
                p.handOffLanguages,
                p.routing,
                p.dedup,
                p.stories,
                p.versionRetention);
    }

    /** The components of a copy being made, so each {@code with…} names only what it changes. */
    private static final class Parts {
        String enrichedTopic;
        String cleanTopic;
        String latestTopic;
        String deadLetters;
        String storiesTopic;
        String handOffTopic;
        List<String> handOffLanguages;
        RoutingRules routing;
        DedupSettings dedup;
        StorySettings stories;
        Duration versionRetention;

        Parts(SinkSettings s) {
            enrichedTopic = s.enrichedTopic;
            cleanTopic = s.cleanTopic;
            latestTopic = s.latestTopic;
            deadLetters = s.deadLetters;
            storiesTopic = s.storiesTopic;
            handOffTopic = s.handOffTopic;
            handOffLanguages = s.handOffLanguages;
            routing = s.routing;
            dedup = s.dedup;
            stories = s.stories;
            versionRetention = s.versionRetention;
        }
    }

    /**
     * Every topic the sink writes to besides clean, latest and dead letters: the app creates them at start
     * (and the hand-off topic, see {@link #handOffTopic}).
     */
    public List<String> extraOutputTopics() {
        List<String> out = new ArrayList<>();
        out.add(storiesTopic);
        out.addAll(routing.topics());
        return out;
    }
}
