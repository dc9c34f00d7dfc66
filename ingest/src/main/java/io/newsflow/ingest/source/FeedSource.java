package io.newsflow.ingest.source;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.SourceMetaKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Items of an RSS or Atom feed (Rome reads every version) or of a JSON Feed as pages to crawl; the item's
 * title, dates and the feed ride along in {@code sourceMeta} so enrich can prefer them when the page itself
 * is vague.
 */
public final class FeedSource {

    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final JsonFeedSource jsonFeeds = new JsonFeedSource();

    public List<Discovered> items(byte[] body, URI feedUrl) throws SourceException {
        if (JsonFeedSource.looksLikeJson(body)) {
            return jsonFeeds.items(
                    body, feedUrl); // by content, not type: JSON Feeds are often served as application/json
        }
        SyndFeed feed;
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // no DTDs: no XXE, no entity expansion bombs
            feed = input.build(new XmlReader(new ByteArrayInputStream(body), true));
        } catch (IOException | FeedException | IllegalArgumentException e) {
            throw new SourceException("not a readable RSS/Atom feed: " + feedUrl + " (" + e.getMessage() + ")", e);
        }
        List<Discovered> out = new ArrayList<>();
        for (SyndEntry entry : feed.getEntries()) {
            Optional<URI> link = link(entry, feedUrl);
            if (link.isEmpty()) {
                continue;
            }
            Map<String, String> meta = new LinkedHashMap<>();
            meta.put("feed.url", feedUrl.toString());
            put(meta, "feed.title", feed.getTitle());
            put(meta, "item.title", entry.getTitle());
            put(meta, SourceMetaKeys.PUBLISHED, iso(entry.getPublishedDate()));
            put(meta, "item.updated", iso(entry.getUpdatedDate()));
            put(meta, "item.author", entry.getAuthor());
            put(meta, "item.id", entry.getUri());
            out.add(new Discovered(link.get(), Discovered.Kind.PAGE, PageSource.FEED, meta));
        }
        return out;
    }

    /** The item link, else an Atom link, else a guid that is a URL; relative links resolve against the feed. */
    private Optional<URI> link(SyndEntry entry, URI feedUrl) {
        List<String> candidates = new ArrayList<>();
        candidates.add(entry.getLink());
        entry.getLinks().forEach(l -> {
            if (l.getRel() == null || "alternate".equals(l.getRel())) candidates.add(l.getHref());
        });
        candidates.add(entry.getUri());
        for (String c : candidates) {
            if (c != null && !c.isBlank()) {
                Optional<URI> u = normalizer.resolve(feedUrl, c);
                if (u.isPresent()) return u;
            }
        }
        return Optional.empty();
    }

    private static void put(Map<String, String> meta, String key, String value) {
        if (value != null && !value.isBlank()) {
            meta.put(key, value.strip());
        }
    }

    private static String iso(Date d) {
        return d == null ? null : d.toInstant().toString();
    }
}
