package io.newsflow.enrich.stream;

import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.enrich.topics.TagInput;
import io.newsflow.enrich.topics.Tags;
import io.newsflow.schema.DeadLetters;
import io.newsflow.schema.DeadLetters.Origin;
import io.newsflow.schema.RawPage;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * One raw record in, one outcome out, never an exception: the function the enrich topology calls for
 * every record. Anything that goes wrong, from bytes that are not a RawPage to a page with no article,
 * becomes a dead letter that carries the reason and the original bytes.
 */
final class PageEnricher {

    /** Set by ingest's folder source on a file it could not read (a corrupt .gz): the page is a dead letter. */
    static final String FILE_READ_ERROR = "file.read.error";

    private final Deserializer<RawPage> pages;
    private final Extractor extractor;
    private final ArticleTagger tagger;
    private final Clock clock;
    private final RecordFit fit;

    PageEnricher(
            Deserializer<RawPage> pages, Extractor extractor, ArticleTagger tagger, Clock clock, int maxRecordBytes) {
        this.pages = pages;
        this.fit = new RecordFit(maxRecordBytes);
        this.extractor = extractor;
        this.tagger = tagger;
        this.clock = clock;
    }

    PageOutcome enrich(Origin origin, byte[] key, byte[] value) {
        PageOutcome outcome = enrichAsIs(origin, key, value);
        try {
            return fit.fit(outcome);
        } catch (RecordFit.TooLarge e) {
            return fit.fit(failed(origin, key, value, url(outcome), "too-large", e.getMessage()));
        }
    }

    private static String url(PageOutcome outcome) {
        return outcome instanceof PageOutcome.Enriched e ? e.article().getUrl() : null;
    }

    private PageOutcome enrichAsIs(Origin origin, byte[] key, byte[] value) {
        RawPage page;
        try {
            page = pages.deserialize(origin.topic(), value);
            if (page == null) {
                return failed(origin, key, value, null, "empty-record", "record has no value");
            }
        } catch (RuntimeException e) {
            return failed(origin, key, value, null, "undecodable-record", e.getMessage());
        }
        String url = page.getFinalUrl() != null ? page.getFinalUrl() : page.getUrl();
        String unreadable = page.getSourceMeta().get(FILE_READ_ERROR);
        if (unreadable != null) return failed(origin, key, value, url, "unreadable-file", unreadable);
        try {
            ExtractedArticle found = extractor.extract(
                    new PageInput(url, bytes(page.getBody()), page.getContentType(), page.getDeclaredCharset()));
            Tags tags =
                    tagger.tag(new TagInput(found.title(), found.text(), found.language(), List.of(), List.of(), url));
            return new PageOutcome.Enriched(ArticleMapper.toArticle(page, found, tags, clock.instant()));
        } catch (ExtractionException e) {
            return failed(origin, key, value, url, e.kind(), e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or a hostile page must not stop the stream; the page waits in the DLQ for a fixed release.
            return failed(
                    origin, key, value, url, "extraction-failed", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The dead letter of a page that did not finish within its budget, with its bytes. */
    PageOutcome tooSlow(Origin origin, byte[] key, byte[] value, Duration budget) {
        String url = null;
        try {
            RawPage page = pages.deserialize(origin.topic(), value);
            url = page == null ? null : page.getFinalUrl() != null ? page.getFinalUrl() : page.getUrl();
        } catch (RuntimeException e) {
            // Only the URL was wanted; the dead letter carries the bytes either way.
        }
        return fit.fit(failed(
                origin,
                key,
                value,
                url,
                "too-slow",
                "not done within the page budget of " + budget.toMillis() + " ms"));
    }

    /** Loads the tagger's model now, so that its seconds of loading do not count against a page's budget. */
    void warmUp() {
        tagger.tag(new TagInput("Warm-up", "The council met on Tuesday.", null, List.of(), List.of(), null));
    }

    private PageOutcome failed(Origin origin, byte[] key, byte[] value, String url, String kind, String message) {
        return new PageOutcome.Failed(
                DeadLetters.of(origin, "enrich", kind, message, url, key, value, clock.instant()));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
