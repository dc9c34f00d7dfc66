package io.newsflow.sink.version;

import io.newsflow.schema.Article;

import java.time.Instant;
import java.util.Optional;

/**
 * Decides whether an incoming article is news to consumers: an id seen before with the same content
 * hash is a re-delivery or an unchanged re-crawl and is not emitted again; changed text is the next
 * version of the same id.
 */
public final class ArticleVersions {

    private ArticleVersions() {
    }

    /** What the sink remembers of an article id. */
    public record Seen(String contentHash, int version) {

        /** Compact store form: {@code version:hash}. */
        public String encode() {
            return version + ":" + contentHash;
        }

        public static Seen decode(String stored) {
            int colon = stored.indexOf(':');
            return new Seen(stored.substring(colon + 1), Integer.parseInt(stored.substring(0, colon)));
        }
    }

    /** The article to emit, stamped with its version and sink time, or empty when consumers have it already. */
    public static Optional<Article> next(Seen previous, Article incoming, Instant now) {
        if (previous != null && previous.contentHash().equals(incoming.getContentHash())) {
            return Optional.empty();
        }
        int version = previous == null ? 1 : previous.version() + 1;
        return Optional.of(Article.newBuilder(incoming).setVersion(version).setSinkAt(now).build());
    }
}
