package io.newsflow.ingest.source;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapParser;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.SourceMetaKeys;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Sitemaps (XML, text, RSS-as-sitemap, gzipped), sitemap indexes and Google News sitemaps, read by
 * crawler-commons. Gzipped files are unpacked here under a size cap, so a .gz bomb is refused. An index yields more sitemaps to fetch; a urlset yields pages, with {@code lastmod}
 * and the news:news title, publication date and language in {@code sourceMeta}.
 */
public final class SitemapSource {

    /** The sitemaps protocol's own limit for one (uncompressed) sitemap file. */
    public static final int MAX_SITEMAP_BYTES = 50 * 1024 * 1024;

    private final UrlNormalizer normalizer = new UrlNormalizer();
    private final int maxBytes;

    public SitemapSource() {
        this(MAX_SITEMAP_BYTES);
    }

    /** @param maxBytes refuse sitemaps that decompress to more than this (a .gz sitemap can be a bomb) */
    public SitemapSource(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Pages and further sitemaps listed in the sitemap at {@code url}. */
    public List<Discovered> entries(byte[] body, String contentType, URI url) throws SourceException {
        if (body.length > 2 && (body[0] & 0xff) == 0x1f && (body[1] & 0xff) == 0x8b) {
            body = gunzip(body, url); // ours, with a cap, rather than the parser's
            contentType = "text/xml";
        }
        SiteMapParser parser = new SiteMapParser(false); // lenient: news sites list URLs outside the sitemap's folder
        parser.enableExtension(Extension.NEWS);
        AbstractSiteMap map;
        try {
            map = parser.parseSiteMap(contentType == null ? "text/xml" : contentType, body, url.toURL());
        } catch (UnknownFormatException | IOException | IllegalArgumentException e) {
            throw new SourceException("not a readable sitemap: " + url + " (" + e.getMessage() + ")", e);
        }
        List<Discovered> out = new ArrayList<>();
        if (map.isIndex()) {
            for (AbstractSiteMap child : ((SiteMapIndex) map).getSitemaps()) {
                normalizer
                        .normalize(child.getUrl().toString())
                        .ifPresent(u -> out.add(new Discovered(
                                u,
                                Discovered.Kind.SITEMAP,
                                PageSource.SITEMAP,
                                Map.of("sitemap.index", url.toString()))));
            }
            return out;
        }
        for (SiteMapURL entry : ((SiteMap) map).getSiteMapUrls()) {
            normalizer
                    .normalize(entry.getUrl().toString())
                    .ifPresent(u ->
                            out.add(new Discovered(u, Discovered.Kind.PAGE, PageSource.SITEMAP, meta(url, entry))));
        }
        return out;
    }

    private byte[] gunzip(byte[] gz, URI url) throws SourceException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            byte[] plain = in.readNBytes(maxBytes + 1);
            if (plain.length > maxBytes) {
                throw new SourceException("sitemap " + url + " decompresses to more than " + maxBytes + " bytes", null);
            }
            return plain;
        } catch (IOException e) {
            throw new SourceException("sitemap " + url + " is not valid gzip: " + e.getMessage(), e);
        }
    }

    private static Map<String, String> meta(URI sitemap, SiteMapURL entry) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put("sitemap.url", sitemap.toString());
        if (entry.getLastModified() != null) {
            meta.put("sitemap.lastmod", entry.getLastModified().toInstant().toString());
        }
        ExtensionMetadata[] news = entry.getAttributesForExtension(Extension.NEWS);
        if (news != null && news.length > 0 && news[0] instanceof NewsAttributes n) {
            if (n.getTitle() != null) meta.put("item.title", n.getTitle());
            if (n.getPublicationDateTime() != null)
                meta.put(
                        SourceMetaKeys.PUBLISHED,
                        n.getPublicationDateTime().toInstant().toString());
            if (n.getLanguage() != null) meta.put("item.language", n.getLanguage());
            if (n.getName() != null) meta.put("news.publication", n.getName());
            if (n.getKeywords() != null && n.getKeywords().length > 0)
                meta.put("item.keywords", String.join(", ", n.getKeywords()));
        }
        return meta;
    }
}
