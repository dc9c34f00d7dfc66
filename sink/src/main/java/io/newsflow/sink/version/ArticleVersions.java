package io.newsflow.sink.version;

import io.newsflow.schema.Article;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Decides whether an incoming article is news to consumers: an id seen before with the same content
 * hash is a re-delivery or an unchanged re-crawl and is not emitted again; changed text is the next
 * version of the same id.
 *
 * <p>The sink remembers an id for a retention after it last saw it, then forgets it. An article is seen
 * no earlier than it is published, so one published after the latest last-seen time the sink has
 * forgotten cannot be a forgotten one: a miss is a first sighting. One published before it (or with no
 * date) might have been numbered and forgotten; giving it version 1 again would silently send consumers
 * backwards, so {@link #mayBeForgotten} tells the caller not to number a dated one.
 */
public final class ArticleVersions {

    private ArticleVersions() {}

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

    /**
     * True when the sink has no entry for this article and cannot tell a first sighting from an article
     * it numbered and forgot: it was published no later than {@code forgottenUntil}, the latest
     * last-seen time of a forgotten entry ({@link Long#MIN_VALUE} while nothing was forgotten). An
     * article without a publication date is taken as new: nothing tells otherwise, and news is nearly
     * always dated; that residue is the price of a bounded store.
     */
    public static boolean mayBeForgotten(Article incoming, long forgottenUntil) {
        String published = incoming.getPublishedAt();
        if (published == null) {
            return false;
        }
        try {
            return OffsetDateTime.parse(published).toInstant().toEpochMilli() <= forgottenUntil;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** The article to emit, stamped with its version and sink time, or empty when consumers have it already. */
    public static Optional<Article> next(Seen previous, Article incoming, Instant now) {
        if (previous != null && previous.contentHash().equals(incoming.getContentHash())) {
            return Optional.empty();
        }
        int version = previous == null ? 1 : previous.version() + 1;
        return Optional.of(
                Article.newBuilder(incoming).setVersion(version).setSinkAt(now).build());
    }
}
