package io.newsflow.app;

import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/**
 * Hostile records for pages.raw, generated (the large ones at test time), with a good page after every
 * third one. Keys are case names; a page's URL is {@code https://hostile.example/<case>}. Each case is
 * one way a page has stopped, slowed or fooled a pipeline: regex bait, size, nesting, encodings that lie,
 * junk that looks like text, records that are not pages at all.
 */
final class HostileCorpus {

    static final String URL = "https://hostile.example/";
    static final String PROSE = "<p>The harbour council met on Tuesday evening and voted to approve the new sea wall, "
            + "after residents spoke for and against the plan for more than two hours in the crowded hall.</p>";
    private static final String[] TOPICS = {
        "rail strike", "flood defences", "school budget", "hospital wait", "bridge repair", "wind farm",
        "library hours", "bus routes", "housing plan", "water prices", "port expansion", "park cleanup",
        "fishing quotas", "tram extension", "airport noise", "market stalls", "youth league", "museum grant",
        "road tolls", "recycling rules", "ferry timetable", "clinic opening", "river survey", "solar roofs",
        "harbour lights", "city archive", "street lighting", "farm subsidy", "night buses", "coastal path"
    };

    private final AvroSerdes serdes = AvroSerdes.registryFree();
    private final Map<String, byte[]> cases = new LinkedHashMap<>();
    private int hostile;
    private int good;

    /** Case name → record value, in sending order. */
    static Map<String, byte[]> build() throws Exception {
        HostileCorpus c = new HostileCorpus();
        c.records();
        c.regexBait();
        c.sizes();
        c.encodings();
        c.junk();
        c.markup();
        return c.cases;
    }

    static boolean isGood(String name) {
        return name.startsWith("good-");
    }

    private void records() {
        add("not-avro", "definitely not a RawPage".getBytes(StandardCharsets.UTF_8));
        add(
                "wrong-schema",
                serdes.deadLetter()
                        .serializer()
                        .serialize(
                                "t",
                                DeadLetter.newBuilder()
                                        .setSourceTopic("x")
                                        .setStage("x")
                                        .setErrorKind("x")
                                        .setFailedAt(Instant.EPOCH)
                                        .build()));
        byte[] valid = page("x", "text/html", null, PROSE.getBytes(StandardCharsets.UTF_8));
        add("truncated-avro", Arrays.copyOf(valid, valid.length / 2));
        add("empty-record", new byte[0]);
        add("corrupt-gzip-file", unreadableFile());
    }

    private void regexBait() {
        String site = "<meta property=og:site_name content=\"Example Daily\">";
        add(
                "title-separators",
                html(
                        "title-separators",
                        "Harbour" + " -".repeat(30_000) + " reopens Example Daily",
                        site,
                        PROSE + PROSE));
        add(
                "title-separators-start",
                html("title-separators-start", "Example Daily" + " |".repeat(50_000) + " x", site, PROSE + PROSE));
        add(
                "title-40kb-head",
                html(
                        "title-40kb-head",
                        "x" + " :".repeat(20_000) + " x",
                        "<meta name=x content=y>".repeat(2_000),
                        PROSE + PROSE));
        add(
                "huge-lang",
                raw(
                        "huge-lang",
                        "<!DOCTYPE html><html lang=\"" + "en-gb".repeat(100_000) + "\"><head>"
                                + "<title>huge-lang</title></head><body>" + PROSE + PROSE + "</body></html>"));
        add(
                "lang-dash-chain",
                raw(
                        "lang-dash-chain",
                        "<!DOCTYPE html><html lang=\"en" + "-ab".repeat(200_000) + "\"><body>" + PROSE + PROSE
                                + "</body></html>"));
        add(
                "byline-bait",
                html("byline-bait", "byline", "", "<p>By " + "John Smith, ".repeat(50_000) + "</p>" + PROSE));
        add(
                "date-bait",
                html(
                        "date-bait",
                        "date",
                        "<meta property=article:published_time content=\"2024-" + "9".repeat(200_000) + "\">",
                        PROSE + PROSE));
        add(
                "time-flood",
                html("time-flood", "time", "", "<time datetime=\"2024-13-45T99:99\">x</time>".repeat(50_000) + PROSE));
        add("related-bait", text("related-bait", "Related " + "word ".repeat(400_000)));
        add(
                "reply-bait",
                text(
                        "reply-bait",
                        "Leave a Reply " + "a".repeat(200_000) + "!\n" + "Source : " + " ".repeat(100_000) + "x\n"
                                + "MORE NEWS " + "- 2 hours ago ".repeat(20_000) + "\n"));
        add("entity-chain", html("entity-chain", "entities", "", "<p>" + "&amp;".repeat(100_000) + "amp;</p>" + PROSE));
        add(
                "entity-controls",
                html(
                        "entity-controls",
                        "entities",
                        "",
                        "<p>" + "&#0;&#x202E;".repeat(50_000) + "</p>" + PROSE + PROSE));
        add("sentence-bait", text("sentence-bait", "\"')".repeat(100_000) + " " + ". ".repeat(100_000)));
        add(
                "whitespace-runs",
                text("whitespace-runs", ("x" + " \t".repeat(50_000) + "\n").repeat(4) + "\n \n".repeat(50_000)));
    }

    private void sizes() {
        Random random = new Random(42);
        StringBuilder words = new StringBuilder("<article>");
        while (words.length() < 2_000_000) {
            words.append("<p>");
            for (int w = 0; w < 40; w++) {
                for (int c = 2 + random.nextInt(7); c > 0; c--) words.append((char) ('a' + random.nextInt(26)));
                words.append(w == 39 ? ".</p>" : " ");
            }
        }
        add("oversized-article", html("oversized-article", "Random words", "", words + "</article>"));
        add(
                "table-500k-cells",
                html(
                        "table-500k-cells",
                        "table",
                        "",
                        "<table>" + "<tr><td>cell</td><td>1</td><td>two</td><td>3.0</td><td>x</td></tr>".repeat(100_000)
                                + "</table>" + PROSE));
        add(
                "token-10mb",
                page(
                        "token-10mb",
                        "text/html",
                        "utf-8",
                        ("<html><body><p>" + "x".repeat(10 * 1024 * 1024 - 64) + "</p></body></html>")
                                .getBytes(StandardCharsets.UTF_8)));
        add(
                "paragraph-5mb",
                html("paragraph-5mb", "one paragraph", "", "<p>" + "the council met again ".repeat(220_000) + "</p>"));
        add(
                "deep-nesting",
                html("deep-nesting", "deep", "", "<div>".repeat(100_000) + PROSE + "</div>".repeat(100_000)));
        add(
                "unclosed-tags",
                html("unclosed-tags", "unclosed", "", "<table><tr><td><b><i><span>".repeat(20_000) + PROSE));
        add("nested-tables", html("nested-tables", "tables", "", "<table><tr><td>".repeat(10_000) + PROSE));
        add(
                "script-flood",
                html("script-flood", "scripts", "", "<script>var a='x';</script>".repeat(200_000) + PROSE + PROSE));
        add(
                "huge-attribute",
                html(
                        "huge-attribute",
                        "attr",
                        "",
                        "<div class=\"" + "a ".repeat(2_000_000) + "\">" + PROSE + PROSE + "</div>"));
        add(
                "many-attributes",
                html(
                        "many-attributes",
                        "attrs",
                        "",
                        "<p " + "a".repeat(3) + " b=1".repeat(100_000) + ">x</p>" + PROSE + PROSE));
        add(
                "large-page",
                html(
                        "large-page",
                        "large",
                        "",
                        "<nav>" + "<a href=/x>link</a>".repeat(50_000) + "</nav><article>" + PROSE.repeat(20_000)
                                + "</article>"));
        add(
                "data-uri-image",
                html(
                        "data-uri-image",
                        "image",
                        "",
                        "<img src=\"data:image/png;base64," + "QUJD".repeat(500_000) + "\">" + PROSE + PROSE));
        add(
                "json-ld-deep",
                html(
                        "json-ld-deep",
                        "json",
                        "<script type=application/ld+json>" + "[".repeat(100_000) + "]".repeat(100_000) + "</script>",
                        PROSE + PROSE));
        add(
                "json-ld-huge-body",
                html(
                        "json-ld-huge-body",
                        "json",
                        "<script type=application/ld+json>{\"@type\":" + "\"NewsArticle\",\"articleBody\":\""
                                + "word ".repeat(400_000) + "\"}</script>",
                        "<p>short</p>"));
    }

    private void encodings() throws Exception {
        String page = "<html><head><title>Council approves sea wall</title></head><body><article>" + PROSE + PROSE
                + "</article></body></html>";
        add(
                "utf32le-bom",
                page(
                        "utf32le-bom",
                        "text/html",
                        null,
                        concat(bytes(0xFF, 0xFE, 0, 0), page.getBytes(Charset.forName("UTF-32LE")))));
        add(
                "utf32be-bom",
                page(
                        "utf32be-bom",
                        "text/html",
                        null,
                        concat(bytes(0, 0, 0xFE, 0xFF), page.getBytes(Charset.forName("UTF-32BE")))));
        add("utf32le-no-bom", page("utf32le-no-bom", "text/html", null, page.getBytes(Charset.forName("UTF-32LE"))));
        add("utf16le-no-bom", page("utf16le-no-bom", "text/html", null, page.getBytes(StandardCharsets.UTF_16LE)));
        add("utf16be-no-bom", page("utf16be-no-bom", "text/html", null, page.getBytes(StandardCharsets.UTF_16BE)));
        add(
                "xml-prolog-utf32",
                page(
                        "xml-prolog-utf32",
                        "text/html",
                        null,
                        ("<?xml version=\"1.0\" encoding=\"UTF-32\"?>" + page).getBytes(StandardCharsets.US_ASCII)));
        add(
                "ebcdic-meta",
                page(
                        "ebcdic-meta",
                        "text/html",
                        null,
                        page.replace("<head>", "<head><meta charset=\"IBM037\">")
                                .getBytes(StandardCharsets.US_ASCII)));
        add("utf7-declared", page("utf7-declared", "text/html", "utf-7", page.getBytes(StandardCharsets.US_ASCII)));
        add(
                "bogus-charset",
                page("bogus-charset", "text/html", "x-no-such-charset-\u263a", PROSE.getBytes(StandardCharsets.UTF_8)));
        add(
                "nul-in-text",
                page(
                        "nul-in-text",
                        "text/html",
                        "utf-8",
                        page.replace("harbour council", "harbour\u0000 council").getBytes(StandardCharsets.UTF_8)));
        add(
                "bidi-title",
                page(
                        "bidi-title",
                        "text/html",
                        "utf-8",
                        page.replace("Council approves", "Council\u202e approves\u2066")
                                .getBytes(StandardCharsets.UTF_8)));
        add(
                "invalid-utf8",
                page(
                        "invalid-utf8",
                        "text/html",
                        "utf-8",
                        concat(
                                PROSE.getBytes(StandardCharsets.UTF_8),
                                bytes(0xc3, 0x28, 0xa0, 0xa1, 0xff),
                                PROSE.getBytes(StandardCharsets.UTF_8))));
        add(
                "mixed-encodings",
                page(
                        "mixed-encodings",
                        "text/html",
                        null,
                        concat(
                                "<p>Caf\u00e9 society gathered on the quay to watch the regatta, and the mood was cheerful all afternoon.</p>"
                                        .getBytes(Charset.forName("windows-1252")),
                                PROSE.replace("council", "c\u00f6uncil").getBytes(StandardCharsets.UTF_8))));
        add(
                "mojibake-flood",
                html("mojibake-flood", "mojibake", "", "<p>" + "Ã©tÃ© ".repeat(100_000) + "</p>" + PROSE));
        add("continuation-bytes", page("continuation-bytes", "text/html", null, filled(200_000, 0x80, 0xBF)));
    }

    private void junk() throws Exception {
        Random random = new Random(7);
        byte[] noise = new byte[64 * 1024];
        random.nextBytes(noise);
        add("random-body", page("random-body", "text/html", null, noise));
        add("empty-body", page("empty-body", "text/html", null, new byte[0]));
        add(
                "png-body",
                page("png-body", "text/html", null, concat(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'), noise)));
        add("gzip-as-html", page("gzip-as-html", "text/html", null, gzip(PROSE.repeat(50))));
        add(
                "whitespace-only",
                page(
                        "whitespace-only",
                        "text/html",
                        "utf-8",
                        ("<html><head><title>\u00a0</title></head><body>" + "<p>\u00a0 \u00a0 </p>".repeat(999)
                                        + "</body></html>")
                                .getBytes(StandardCharsets.UTF_8)));
        add("nbsp-plain-text", text("nbsp-plain-text", "\u00a0 \u2007\u3000\n".repeat(20_000)));
        add(
                "replacement-flood",
                html("replacement-flood", "x", "", "<p>" + "\ufffd\ufffd ab\ufffd ".repeat(3_000) + "</p>"));
        add("emoji-only", html("emoji-only", "x", "", "<p>" + "\ud83d\ude00 \ud83d\udd25 ".repeat(5_000) + "</p>"));
        add("digits-only", html("digits-only", "x", "", "<p>" + "1 22 333 ".repeat(20_000) + "</p>"));
        add("zero-width-flood", html("zero-width-flood", "zw", "", "<p>" + "a\u200b".repeat(200_000) + "</p>" + PROSE));
        add(
                "combining-flood",
                html("combining-flood", "zalgo", "", "<p>a" + "\u0301".repeat(200_000) + "</p>" + PROSE));
        add(
                "nul-heavy",
                page("nul-heavy", "text/html", "utf-8", PROSE.replace(' ', '\0').getBytes(StandardCharsets.UTF_8)));
    }

    private void markup() {
        add("unclosed-comment", html("unclosed-comment", "comment", "", PROSE + "<!--" + "x".repeat(100_000)));
        add("unclosed-style", html("unclosed-style", "style", "", PROSE + PROSE + "<style>" + "a{}".repeat(100_000)));
        add(
                "plaintext-tag",
                html("plaintext-tag", "plaintext", "", PROSE + PROSE + "<plaintext>" + "<p>x</p>".repeat(50_000)));
        add("br-flood", html("br-flood", "br", "", "<br>".repeat(200_000) + PROSE));
        add("empty-paragraphs", html("empty-paragraphs", "empty", "", "<p></p>".repeat(200_000) + PROSE));
        add("link-flood", html("link-flood", "links", "", "<a href=/x>link</a> ".repeat(100_000)));
        add("form-flood", html("form-flood", "form", "", "<input name=a>".repeat(50_000) + PROSE));
        add(
                "svg-flood",
                html("svg-flood", "svg", "", "<svg>" + "<path d=\"M0 0L1 1\"/>".repeat(100_000) + "</svg>" + PROSE));
        add("title-flood", html("title-flood", "t", "<title>again</title>".repeat(20_000), PROSE + PROSE));
        add(
                "meta-charset-flood",
                html("meta-charset-flood", "m", "<meta charset=utf-8>".repeat(20_000), PROSE + PROSE));
        add(
                "long-canonical",
                html(
                        "long-canonical",
                        "c",
                        "<link rel=canonical href=\"https://x.example/" + "a".repeat(500_000) + "\">",
                        PROSE + PROSE));
        add("headline-only", html("headline-only", "SXSW: Snowden speaks", "", "<h1>SXSW: Snowden speaks</h1>"));
        add(
                "cjk-article",
                html(
                        "cjk-article",
                        "港口理事会批准新海堤",
                        "",
                        "<p>" + "港口理事会周二晚间开会，在居民就该计划进行了两个多小时的辩论之后，投票批准了新的海堤。".repeat(20) + "</p>"));
    }

    private void add(String name, byte[] record) {
        cases.put(name, record);
        if (++hostile % 3 == 0) {
            String id = "good-" + ++good;
            String topic = TOPICS[good % TOPICS.length];
            String body = "<p>Officials in the town of " + id + " announced on Monday a review of the " + topic
                    + " after months of complaints from residents, shop owners and the regional transport board.</p>"
                    + "<p>The review of the " + topic + " will report before the summer, the mayor said, and every "
                    + "household will be asked for its views at public meetings in the town hall.</p>";
            cases.put(
                    id, html(id, "Review of the " + topic + " in " + id, "", "<article>" + body + body + "</article>"));
        }
    }

    private byte[] html(String id, String title, String head, String body) {
        return raw(id, "<html><head><title>" + title + "</title>" + head + "</head><body>" + body + "</body></html>");
    }

    private byte[] raw(String id, String html) {
        return page(id, "text/html", "utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] text(String id, String text) {
        return page(id, "text/plain", "utf-8", text.getBytes(StandardCharsets.UTF_8));
    }

    private byte[] page(String id, String type, String charset, byte[] body) {
        return serdes.rawPage()
                .serializer()
                .serialize("t", rawPage(id, type, charset, body).build());
    }

    private byte[] unreadableFile() {
        return serdes.rawPage()
                .serializer()
                .serialize(
                        "t",
                        rawPage("corrupt-gzip-file", "text/html", null, bytes(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2))
                                .setSource(PageSource.FILE)
                                .setSourceMeta(Map.of(
                                        "file.path", "corrupt.html.gz",
                                        "file.read.error", "corrupt gzip file: java.io.EOFException"))
                                .build());
    }

    private static RawPage.Builder rawPage(String id, String type, String charset, byte[] body) {
        return RawPage.newBuilder()
                .setUrl(URL + id)
                .setFetchedAt(Instant.now())
                .setContentType(type)
                .setDeclaredCharset(charset)
                .setBody(ByteBuffer.wrap(body))
                .setSource(PageSource.CRAWL);
    }

    private static byte[] filled(int n, int from, int to) {
        Random random = new Random(3);
        byte[] out = new byte[n];
        for (int i = 0; i < n; i++) out[i] = (byte) (from + random.nextInt(to - from + 1));
        return out;
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static byte[] gzip(String s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(s.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
