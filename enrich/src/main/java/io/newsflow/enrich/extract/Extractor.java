package io.newsflow.enrich.extract;

import io.newsflow.enrich.chrome.ChromeFilter;
import io.newsflow.enrich.chrome.ChromeSelectors;
import io.newsflow.enrich.chrome.LineClassifier;
import io.newsflow.enrich.decode.BinarySniffer;
import io.newsflow.enrich.decode.Decoded;
import io.newsflow.enrich.decode.PageDecoder;
import io.newsflow.enrich.metadata.Metadata;
import io.newsflow.enrich.metadata.MetadataReader;
import io.newsflow.enrich.repair.TextRepair;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The front door of extraction: one page in, one clean article out. Thread-safe; build once, share.
 * Decodes the bytes, parses once, reads metadata, then finds the body by DOM scoring with a lenient
 * retry and a JSON-LD articleBody fallback for pages whose markup hides the text.
 */
public final class Extractor {
    /** Pages above this are cut: no article needs more, and it bounds time and memory. */
    static final int MAX_BYTES = 8 * 1024 * 1024;

    private static final int SHORT_ARTICLE = 250;

    private final PageDecoder decoder = PageDecoder.defaults();
    private final MetadataReader metadataReader = MetadataReader.defaults();
    private final ChromeFilter chrome;
    private final TextRepair repair;
    private final DomHints hints = DomHints.load();
    private final Paragraphs paragraphs;
    private final ChromeSelectors chromeSelectors;
    private final DomExtraction dom;
    private final PlainTextReader plainText;

    private Extractor(ChromeFilter chrome, TextRepair repair) {
        this.chrome = chrome;
        this.repair = repair;
        this.paragraphs = new Paragraphs(chrome, repair);
        this.chromeSelectors = ChromeSelectors.compile(chrome.selectors());
        this.dom = new DomExtraction(hints, chromeSelectors);
        this.plainText = new PlainTextReader(chrome, LineClassifier.defaults(), metadataReader);
    }

    public static Extractor withDefaults() {
        return new Extractor(ChromeFilter.defaults(), TextRepair.defaults());
    }

    public ExtractedArticle extract(PageInput page) throws ExtractionException {
        byte[] body = page.body();
        if (body.length == 0) throw new ExtractionException("empty-body", "the page has no bytes");
        var binary = BinarySniffer.whyBinary(body);
        if (binary.isPresent()) throw new ExtractionException("binary-body", binary.get());
        if (body.length > MAX_BYTES) body = Arrays.copyOf(body, MAX_BYTES);
        Decoded decoded = decoder.decode(body, page.declaredCharset());
        String text = decoded.text();
        boolean plain = (page.contentType() != null && page.contentType().startsWith("text/plain"))
                || PlainTextReader.clearlyNotHtml(text);
        ExtractedArticle article = plain ? fromPlainText(text) : fromHtml(text, page.url());
        var junk = RealText.whyNot(article.text());
        if (junk.isPresent()) throw new ExtractionException("no-text", junk.get());
        return article;
    }

    private ExtractedArticle fromPlainText(String text) throws ExtractionException {
        Map<String, Integer> removed = new TreeMap<>();
        PlainTextReader.Parsed parsed = plainText.read(text, removed);
        Paragraphs.Output out = paragraphs.repairAndJoin(parsed.blocks());
        // One word is not an article, whatever the page around it; "SXSW: Snowden speaks" is one (and
        // a paragraph of unspaced Chinese is one "word" long, hence the length too).
        String body = out.text().strip();
        if (body.length() < 20 && body.split("\\s+").length < 2) {
            throw new ExtractionException("no-article", "no article line in the text");
        }
        var title = parsed.title() == null ? null : repair.repair(parsed.title());
        return new ExtractedArticle(
                title == null ? null : title.text(),
                null,
                parsed.authors(),
                parsed.publishedAt(),
                null,
                null,
                null,
                null,
                null,
                out.text(),
                new HtmlRenderer().render(out.blocks()),
                removed,
                out.repairs() + (title == null ? 0 : title.repairs()),
                "plain-text",
                0.9);
    }

    private ExtractedArticle fromHtml(String html, String url) throws ExtractionException {
        Document doc = parse(html, url);
        Metadata meta = metadataReader.read(doc, url);
        Found found = findBody(doc, html, url, meta);
        List<Block> blocks = new ArrayList<>(found.blocks());
        String method = found.method();
        Map<String, Integer> removed = found.removed();
        // A "By Ann Lee" line in the body is metadata; when the markup names no author, it is the author.
        List<String> bodyAuthors = takeByline(blocks, removed);
        List<String> authors = meta.authors().isEmpty() ? bodyAuthors : meta.authors();
        Paragraphs.Output out = paragraphs.finish(blocks, removed);
        if (out.blocks().isEmpty()) {
            // Last resort for odd markup (text inside links, bare lists): all visible text.
            out = paragraphs.finish(allText(html, url), removed);
            method = "all-text";
        }
        if (out.blocks().isEmpty()) throw new ExtractionException("empty-article", "no article text found");
        var title = meta.title() == null ? null : repair.repair(meta.title());
        double confidence =
                method.equals("dom-score") ? Math.min(0.95, 0.5 + out.text().length() / 4000.0) : 0.5;
        return new ExtractedArticle(
                title == null ? null : title.text(),
                meta.description(),
                authors,
                meta.publishedAt(),
                meta.modifiedAt(),
                meta.language(),
                meta.canonicalUrl(),
                meta.siteName(),
                meta.image(),
                out.text(),
                new HtmlRenderer().render(out.blocks()),
                removed,
                out.repairs() + (title == null ? 0 : title.repairs()),
                method,
                confidence);
    }

    /** The article's paragraphs, how they were found, and what was removed on the way (by kind). */
    private record Found(List<Block> blocks, String method, Map<String, Integer> removed) {}

    /**
     * DOM scoring, run again leniently when it finds a short article; JSON-LD's articleBody instead when the markup
     * hides the text.
     */
    private Found findBody(Document doc, String html, String url, Metadata meta) {
        BlockFilter filter = new BlockFilter(hints);
        Found found = filtered(dom.run(doc, true), filter, meta);
        if (DomExtraction.length(found.blocks()) < SHORT_ARTICLE) {
            Found lenient = filtered(dom.run(parse(html, url), false), filter, meta);
            if (DomExtraction.length(lenient.blocks()) > DomExtraction.length(found.blocks())) found = lenient;
        }
        return withJsonLdBody(found, meta.articleBody());
    }

    private static Found filtered(DomExtraction.Result result, BlockFilter filter, Metadata meta) {
        return new Found(
                filter.filter(result.blocks(), meta.title(), result.removed()), result.method(), result.removed());
    }

    /** JSON-LD's articleBody replaces a short DOM result when it is more than twice as long. */
    private static Found withJsonLdBody(Found found, String ldBody) {
        if (ldBody == null) return found;
        int length = DomExtraction.length(found.blocks());
        if (ldBody.length() <= 2 * length || length >= 1000) return found;
        return new Found(fromJsonLd(ldBody), "json-ld", found.removed());
    }

    /** Removes the first byline line among the opening blocks and returns its names (empty when there is none). */
    private List<String> takeByline(List<Block> blocks, Map<String, Integer> removed) {
        for (int i = 0; i < Math.min(6, blocks.size()); i++) {
            // A heading is never a byline: "Von Risiken und Nebenwirkungen" reads like one in German.
            if (blocks.get(i).kind().startsWith("h")) continue;
            List<String> names = metadataReader.bylineNames(blocks.get(i).text());
            if (!names.isEmpty()) {
                blocks.remove(i);
                removed.merge("byline", 1, Integer::sum);
                return names;
            }
        }
        return List.of();
    }

    private static Document parse(String html, String url) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        DepthLimiter.limit(doc);
        return doc;
    }

    private List<Block> allText(String html, String url) {
        Document doc = parse(html, url);
        new DomCleaner(hints, ChromeSelectors.NONE).clean(doc, false);
        return new BlockCollector().collect(List.of(doc.body()));
    }

    private static List<Block> fromJsonLd(String body) {
        List<Block> out = new ArrayList<>();
        // articleBody is sometimes HTML; text it once, then split paragraphs on line breaks.
        String text = body.contains("<") ? Jsoup.parse(body).wholeText() : body;
        for (String p : text.split("\\n\\s*\\n|\\r?\\n")) {
            String s = p.strip().replaceAll("\\s+", " ");
            if (!s.isEmpty()) out.add(new Block("p", s, 0, 0));
        }
        return out;
    }
}
