package io.newsflow.enrich;

import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.fingerprint.Fingerprints;
import io.newsflow.enrich.metadata.Dates;
import io.newsflow.enrich.topics.Tags;
import io.newsflow.schema.Article;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceMetaKeys;
import io.newsflow.schema.Topic;
import java.net.URI;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.List;
import java.util.TreeMap;

/** Turns what the extractor found on a page into the Article contract. */
final class ArticleMapper {

    private ArticleMapper() {}

    static Article toArticle(RawPage page, ExtractedArticle found, Tags tags, Instant now) {
        String url = page.getFinalUrl() != null ? page.getFinalUrl() : page.getUrl();
        String idUrl = found.canonicalUrl() != null ? found.canonicalUrl() : url;
        Fingerprints.Content content = Fingerprints.content(found.text());
        return Article.newBuilder()
                // A page with no address (a file given to `newsflow extract` without --url) has no identity,
                // whatever canonical URL its markup claims.
                .setId(url == null || url.isBlank() ? "" : Fingerprints.articleId(idUrl))
                .setUrl(url)
                .setCanonicalUrl(found.canonicalUrl())
                .setSite(found.siteName() != null ? found.siteName() : host(url))
                .setTitle(found.title())
                .setDescription(found.description())
                .setAuthors(found.authors())
                .setPublishedAt(publishedAt(page, found))
                .setModifiedAt(found.modifiedAt())
                .setLanguage(
                        tags.language() != null && !tags.language().equals("und") ? tags.language() : found.language())
                .setText(found.text())
                .setHtml(found.html())
                .setWordCount(found.wordCount())
                .setTopics(tags.topics().stream()
                        .map(t -> new Topic(t.code(), t.label(), t.score(), t.signals()))
                        .toList())
                .setKeywords(tags.keywords())
                .setImage(found.image())
                .setContentHash(content.hash())
                .setSimhash(content.simhash())
                .setRemoved(new TreeMap<>(found.removed()))
                .setRepairs(found.repairs())
                .setExtractionMethod(found.method())
                .setExtractionConfidence(found.confidence())
                .setSource(page.getSource())
                .setFetchedAt(page.getFetchedAt())
                .setEnrichedAt(now)
                .setSources(List.of(url))
                .setMeaning(tags.meaning() == null ? null : ByteBuffer.wrap(tags.meaning()))
                .build();
    }

    /**
     * What the page says, else what its source said (a feed item's date, a folder page's sidecar or file
     * time): a headline-only text page states no date, and a backfill needs one.
     */
    static String publishedAt(RawPage page, ExtractedArticle found) {
        return found.publishedAt() != null
                ? found.publishedAt()
                : Dates.normalize(page.getSourceMeta().get(SourceMetaKeys.PUBLISHED));
    }

    static String host(String url) {
        if (url == null) return null;
        try {
            String host = URI.create(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
