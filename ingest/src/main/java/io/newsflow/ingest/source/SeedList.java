package io.newsflow.ingest.source;

import io.newsflow.ingest.frontier.CrawlRequest;
import io.newsflow.ingest.url.UrlNormalizer;
import io.newsflow.schema.PageSource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A seed file, one URL per line, every line either taken or reported with its number:
 *
 * <pre>
 * # a comment line; blank lines are skipped
 * https://news.example.com/                      # a note after whitespace and '#' is a comment too
 * feed https://news.example.com/world.rss        feed, sitemap or refetch before the URL says what it is
 * https://news.example.com/a	section=world	lang=en
 * </pre>
 *
 * Without {@code feed} or {@code sitemap} before it, what a URL is comes from its response (an RSS,
 * Atom or JSON feed, a sitemap, or a page), never from its path: {@code /feedback-on-the-budget} is an
 * article. The last form is the seed format of Nutch and StormCrawler: after a tab, {@code key=value} pairs
 * (tab-separated) that are carried to {@code RawPage.sourceMeta}. {@code refetch URL} asks for a page
 * fetched before to be fetched again, conditionally. A line is reported, not guessed at, when its URL is
 * not an absolute http(s) URL ({@code htp://}, {@code www.example.com/}), has text after it that is
 * neither a comment nor metadata (a space inside a URL must be written {@code %20}), or starts with an
 * unknown word.
 */
public final class SeedList {

    /** A seed line that was not taken, and why. */
    public record Problem(int line, String text, String reason) {
        @Override
        public String toString() {
            return "line " + line + ": " + reason + ": " + text;
        }
    }

    /** What a seed file gave: the seeds, and the lines that were not taken. */
    public record Seeds(List<Discovered> seeds, List<Problem> problems) {
        public Seeds {
            seeds = List.copyOf(seeds);
            problems = List.copyOf(problems);
        }
    }

    private static final Set<String> HINTS = Set.of("feed", "sitemap", "refetch");
    private static final Pattern COMMENT = Pattern.compile("\\s#");
    private static final Pattern META = Pattern.compile("([A-Za-z0-9_.:-]+)=(.*)");
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

    private SeedList() {}

    public static Seeds read(Path file) throws SourceException {
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SourceException("cannot read seed list " + file + ": " + e.getMessage(), e);
        }
    }

    public static Seeds parse(List<String> lines) {
        UrlNormalizer normalizer = new UrlNormalizer();
        List<Discovered> seeds = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String line = withoutComment(raw.replace("\uFEFF", "")).strip();
            if (line.isEmpty()) continue;
            Line parsed = Line.of(line);
            Optional<String> trouble = parsed.trouble();
            Optional<URI> url = trouble.isEmpty() ? normalizer.normalize(parsed.url) : Optional.empty();
            if (trouble.isEmpty() && url.isEmpty()) {
                trouble = Optional.of("not a URL the crawler can read");
            }
            if (trouble.isPresent()) {
                problems.add(new Problem(i + 1, raw.strip(), trouble.get()));
                continue;
            }
            Map<String, String> meta = new LinkedHashMap<>(parsed.meta);
            meta.put("seed", "true");
            if (parsed.hint.equals("refetch")) meta.put(CrawlRequest.REFETCH, "true");
            if (parsed.hint.isEmpty()) meta.put(CrawlRequest.SEED_UNTYPED, "true");
            Discovered.Kind kind = kind(parsed.hint);
            seeds.add(new Discovered(url.get(), kind, source(kind), meta));
        }
        return new Seeds(seeds, problems);
    }

    /** A '#' at the start or after whitespace opens a comment; one inside a URL is its fragment. */
    private static String withoutComment(String line) {
        if (line.strip().startsWith("#")) return "";
        var m = COMMENT.matcher(line);
        return m.find() ? line.substring(0, m.start()) : line;
    }

    /** One seed line taken apart: [hint] URL [key=value ...]. */
    private record Line(String hint, String url, Map<String, String> meta, List<String> stray) {

        static Line of(String line) {
            String[] fields = line.split("\t");
            String[] words = fields[0].strip().split("\\s+");
            int at = 0;
            String hint = "";
            if (words.length > 1 && !words[0].contains(":")) {
                hint = words[0].toLowerCase(Locale.ROOT);
                at = 1;
            }
            Map<String, String> meta = new LinkedHashMap<>();
            List<String> stray = new ArrayList<>();
            List<String> rest = new ArrayList<>(List.of(words).subList(Math.min(at + 1, words.length), words.length));
            for (int f = 1; f < fields.length; f++) {
                if (!fields[f].isBlank()) rest.add(fields[f].strip());
            }
            for (String r : rest) {
                var kv = META.matcher(r);
                if (kv.matches()) meta.put(kv.group(1), kv.group(2));
                else stray.add(r);
            }
            return new Line(hint, at < words.length ? words[at] : "", meta, stray);
        }

        Optional<String> trouble() {
            if (!hint.isEmpty() && !HINTS.contains(hint)) {
                return Optional.of("unknown word '" + hint + "' before the URL (known: feed, sitemap, refetch)");
            }
            var scheme = SCHEME.matcher(url);
            if (!scheme.find()) {
                return Optional.of("no scheme: write the URL in full, e.g. https://" + url);
            }
            String s = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!s.equals("http") && !s.equals("https")) {
                return Optional.of(
                        "scheme '" + s + "' is not http or https" + (looksLikeHttp(s) ? " (mistyped?)" : ""));
            }
            if (!url.startsWith(scheme.group() + "//")) {
                return Optional.of("'" + scheme.group() + "' must be followed by '//'");
            }
            if (!stray.isEmpty()) {
                return Optional.of("text after the URL that is neither a '# comment' nor key=value: '"
                        + String.join(" ", stray) + "' (a space inside a URL must be written %20)");
            }
            return Optional.empty();
        }

        private static boolean looksLikeHttp(String s) {
            return s.startsWith("ht") || s.startsWith("tp") || s.endsWith("tp") || s.endsWith("tps");
        }
    }

    /** From the word before the URL only: a path with "feed" or "sitemap" in it may be an article. */
    private static Discovered.Kind kind(String hint) {
        if (hint.equals("feed")) return Discovered.Kind.FEED;
        if (hint.equals("sitemap")) return Discovered.Kind.SITEMAP;
        return Discovered.Kind.PAGE;
    }

    private static PageSource source(Discovered.Kind kind) {
        return switch (kind) {
            case FEED -> PageSource.FEED;
            case SITEMAP -> PageSource.SITEMAP;
            case PAGE -> PageSource.CRAWL;
        };
    }
}
