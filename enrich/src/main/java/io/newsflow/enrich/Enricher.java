package io.newsflow.enrich;

import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.enrich.topics.TagInput;
import io.newsflow.enrich.topics.Tags;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceMetaKeys;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.util.List;

/**
 * The one Kafka-free front door of enrichment: one fetched page in, one article or one failure out,
 * never an exception. The enrich stream, {@code newsflow extract} and {@code newsflow local} all call
 * it, so what the command line shows is what Kafka gets. Thread-safe; build once, share. A per-page
 * deadline belongs around {@link #enrich}, not inside it.
 */
public final class Enricher {

    /** Set by ingest\'s folder source on a file it could not read (a corrupt .gz): the page is a dead letter. */
    public static final String FILE_READ_ERROR = "file.read.error";

    /** What became of a page. */
    public sealed interface Outcome permits Enriched, Failed {}

    /** The page gave an article (with its tags and key phrases, computed on the cleaned text only). */
    public record Enriched(Article article) implements Outcome {}

    /**
     * The page gave no article.
     *
     * @param kind    why, as a stable word: "binary-body", "no-article", "extraction-failed", ...
     * @param message what a person needs to see
     */
    public record Failed(String kind, String message) implements Outcome {}

    private final Extractor extractor;
    private final ArticleTagger tagger;
    private final Clock clock;

    public Enricher(Extractor extractor, ArticleTagger tagger, Clock clock) {
        this.extractor = extractor;
        this.tagger = tagger;
        this.clock = clock;
    }

    public static Enricher withDefaults() {
        return new Enricher(Extractor.withDefaults(), ArticleTagger.create(), Clock.systemUTC());
    }

    /** Loads the tagger's model now, so that its seconds of loading do not count against a page's budget. */
    public void warmUp() {
        tagger.tag(new TagInput("Warm-up", "The council met on Tuesday.", null, List.of(), List.of(), null));
    }

    public Outcome enrich(RawPage page) {
        String url = page.getFinalUrl() != null ? page.getFinalUrl() : page.getUrl();
        String address = url == null || url.isBlank() ? null : url;
        String unreadable = page.getSourceMeta().get(SourceMetaKeys.FILE_READ_ERROR);
        if (unreadable != null) return new Failed("unreadable-file", unreadable);
        try {
            ExtractedArticle found = extractor.extract(
                    new PageInput(address, bytes(page.getBody()), page.getContentType(), page.getDeclaredCharset()));
            // Tags and key phrases read the cleaned title and text, never the page's chrome.
            Tags tags = tagger.tag(
                    new TagInput(found.title(), found.text(), found.language(), List.of(), List.of(), address));
            return new Enriched(ArticleMapper.toArticle(page, found, tags, clock.instant()));
        } catch (ExtractionException e) {
            return new Failed(e.kind(), e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug or a hostile page must not stop the caller; the page waits in the DLQ for a fixed release.
            return new Failed("extraction-failed", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The body's bytes: the buffer's own array when it is exactly the body (as Avro decodes it), else a copy. */
    private static byte[] bytes(ByteBuffer buffer) {
        if (buffer.hasArray()
                && buffer.arrayOffset() == 0
                && buffer.position() == 0
                && buffer.remaining() == buffer.array().length) {
            return buffer.array(); // read only: extraction never writes to a page's bytes
        }
        ByteBuffer b = buffer.duplicate();
        byte[] out = new byte[b.remaining()];
        b.get(out);
        return out;
    }
}
