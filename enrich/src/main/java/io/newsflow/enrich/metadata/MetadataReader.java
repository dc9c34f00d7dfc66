package io.newsflow.enrich.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Reads article metadata from a parsed page. Sources in order of trust: JSON-LD (including @graph and
 * arrays), OpenGraph, Twitter cards, plain {@code <meta>}, then the visible page ({@code <time>},
 * bylines, {@code <title>}, {@code <h1>}). Read-only on the document. Thread-safe.
 */
public final class MetadataReader {
    /** BCP 47 tags in the wild are short; RFC 5646 asks implementations to take at least 35 characters. */
    private static final int MAX_LANGUAGE_TAG = 35;

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*+");

    // Parsed once: jsoup parses a selector string again on every call.
    private static final Evaluator HTML = QueryParser.parse("html"),
            CANONICAL = QueryParser.parse("link[rel=canonical][href]"),
            TIME = QueryParser.parse("time[datetime]"),
            H1 = QueryParser.parse("h1");

    public static MetadataReader defaults() {
        return new MetadataReader();
    }

    /** Author names when a line of plain text is a byline ("By Ann Lee"), else an empty list. */
    public List<String> bylineNames(String line) {
        return Bylines.fromLine(line);
    }

    /** Authors and date of a text page's "by … date" line; null when the line is not one. */
    public TextByline.Byline textByline(String line) {
        return TextByline.parse(line);
    }

    public Metadata read(Document doc, String url) {
        JsonLd ld = new JsonLd(doc);
        JsonNode article = ld.article();
        JsonNode site = ld.publisherOrSite(article);
        MetaTags meta = new MetaTags(doc);

        String siteName = firstNonNull(
                meta.first("og:site_name", "application-name", "twitter:site"),
                JsonLd.text(site, "name"),
                Titles.trailingSite(doc.title()),
                hostOf(url));
        if (siteName != null && siteName.startsWith("@")) siteName = siteName.substring(1);
        String rawTitle = firstNonNull(
                JsonLd.text(article, "headline"),
                meta.first("og:title", "twitter:title", "title"),
                doc.title().isBlank() ? null : doc.title(),
                h1(doc));
        String title = Titles.clean(rawTitle, siteName);

        String description = firstNonNull(
                meta.first("og:description", "description", "twitter:description"),
                JsonLd.text(article, "description"));
        String declaredDate = firstNonNull(
                JsonLd.text(article, "datePublished"),
                meta.first(
                        "article:published_time",
                        "og:article:published_time",
                        "datepublished",
                        "date",
                        "pubdate",
                        "publishdate",
                        "publish-date",
                        "dc.date",
                        "dc.date.issued",
                        "dcterms.created",
                        "dcterms.date",
                        "sailthru.date",
                        "parsely-pub-date",
                        "citation_publication_date",
                        "article.published"));
        // Looking for a <time> walks the whole page when there is none: only done when the markup declares no date.
        String published = Dates.normalize(declaredDate != null ? declaredDate : timeElement(doc));
        String modified = Dates.normalize(firstNonNull(
                JsonLd.text(article, "dateModified"),
                meta.first(
                        "article:modified_time",
                        "og:updated_time",
                        "datemodified",
                        "last-modified",
                        "dcterms.modified")));
        Element html = doc.selectFirst(HTML);
        String language = normalizeLanguage(firstNonNull(
                html == null ? null : html.attr("lang"),
                meta.first("content-language", "language", "dc.language", "og:locale"),
                JsonLd.text(article, "inLanguage")));
        Element canonicalLink = doc.selectFirst(CANONICAL);
        String canonical = firstNonNull(
                canonicalLink == null
                        ? null
                        : canonicalLink.absUrl("href").isEmpty()
                                ? canonicalLink.attr("href")
                                : canonicalLink.absUrl("href"),
                meta.first("og:url"));
        String image = firstNonNull(
                JsonLd.text(article, "image"),
                meta.first("og:image", "og:image:url", "twitter:image", "twitter:image:src"));
        String body = JsonLd.text(article, "articleBody");
        return new Metadata(
                title,
                description,
                authors(article, meta, doc),
                published,
                modified,
                language,
                canonical,
                siteName,
                image,
                body);
    }

    private static List<String> authors(JsonNode article, MetaTags meta, Document doc) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        if (article != null) names.addAll(cleanNames(JsonLd.names(article.get("author"))));
        if (names.isEmpty()) {
            String m = meta.first("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
            if (m != null && !m.startsWith("http")) names.addAll(Bylines.split(m));
        }
        if (names.isEmpty()) names.addAll(Bylines.visible(doc));
        return new ArrayList<>(names);
    }

    private static List<String> cleanNames(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            if (r.startsWith("http")) continue;
            out.addAll(
                    Bylines.split(r).isEmpty()
                            ? List.of()
                            : List.of(r.replaceAll("\\s+", " ").strip()));
        }
        return out;
    }

    private static String timeElement(Document doc) {
        Element t = doc.selectFirst(TIME);
        return t == null ? null : t.attr("datetime");
    }

    private static String h1(Document doc) {
        Element h = doc.selectFirst(H1);
        return h == null || h.text().isBlank() ? null : h.text();
    }

    private static String normalizeLanguage(String raw) {
        if (raw == null) return null;
        String s = raw.strip().replace('_', '-');
        int comma = s.indexOf(',');
        if (comma > 0) s = s.substring(0, comma);
        // The attribute is page-controlled: a repeated group over half a megabyte overflows the regex stack.
        if (s.length() > MAX_LANGUAGE_TAG || !LANGUAGE_TAG.matcher(s).matches()) return null;
        String[] parts = s.split("-", 2);
        return parts.length == 1
                ? parts[0].toLowerCase(Locale.ROOT)
                : parts[0].toLowerCase(Locale.ROOT) + "-" + parts[1].toUpperCase(Locale.ROOT);
    }

    private static String hostOf(String url) {
        if (url == null) return null;
        try {
            String h = URI.create(url).getHost();
            return h == null ? null : h.startsWith("www.") ? h.substring(4) : h;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @SafeVarargs
    private static <T> T firstNonNull(T... values) {
        for (T v : values) {
            if (v instanceof String s ? !s.isBlank() : v != null) return v;
        }
        return null;
    }
}
