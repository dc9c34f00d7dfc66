package io.newsflow.sink.stream;

import io.newsflow.schema.Article;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/**
 * The event time of an article on the hand-off topic: when it was published, so that dedup windows, story
 * windows, decay and the eviction of their stores follow the news rather than the moment the sink read it.
 * A backfill (a WARC import, a crawler catching up) then forgets exactly what the live stream forgot.
 *
 * <p>It is an extractor on the hand-off topic, not a record timestamp set by enrich: the topics keep their
 * append time, so a month-old page written today is not deleted by a week's topic retention the moment it
 * lands, and the version stage (which remembers deliveries, not events) keeps counting in record time. The
 * extractor sees the value already decoded, so nothing is read twice.
 *
 * <p>No publication time, or one that does not parse: the record time. A date in the future is a mistake (or
 * a lie) and would hold the stream's clock ahead of the news: it counts as at most {@link #FUTURE_ALLOWANCE}
 * after the record time, which covers clock skew and a page that states local time as UTC.
 */
final class PublicationTime implements TimestampExtractor {

    static final Duration FUTURE_ALLOWANCE = Duration.ofHours(1);

    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        return record.value() instanceof Article a ? of(a, record.timestamp()) : record.timestamp();
    }

    static long of(Article a, long recordTime) {
        if (a.getPublishedAt() == null || recordTime < 0) {
            return recordTime;
        }
        try {
            long published =
                    OffsetDateTime.parse(a.getPublishedAt()).toInstant().toEpochMilli();
            return Math.max(0, Math.min(published, recordTime + FUTURE_ALLOWANCE.toMillis()));
        } catch (DateTimeParseException e) {
            return recordTime;
        }
    }
}
