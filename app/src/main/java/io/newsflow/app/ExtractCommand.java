package io.newsflow.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsflow extract [--url URL] [--format json|text] PATH…|-}: runs the extractor over files or
 * folders (.html, .htm, .txt, each optionally .gz) or standard input, one JSON object per line per
 * input. Exit code 0 when every input gave an article, 1 when some failed, 2 on usage errors.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        description = "Extract the main article text and metadata from saved pages.")
public final class ExtractCommand implements Callable<Integer> {

    enum Format {
        json,
        text
    }

    @Option(names = "--url", description = "URL the page came from (resolves links, fallback site name)")
    String url;

    @Option(names = "--format", defaultValue = "json", description = "json (one object per line) or text")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "files or folders to read, or - for standard input")
    List<String> paths = new ArrayList<>();

    private final Extractor extractor = Extractor.withDefaults();
    private final ObjectMapper json = new ObjectMapper();

    public static void main(String[] args) {
        System.exit(new CommandLine(new ExtractCommand()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), false);
        int failures = 0;
        for (String p : paths) {
            if (p.equals("-")) {
                failures += emit(out, "-", System.in.readAllBytes(), false, "text/html");
                continue;
            }
            for (Path file : inputs(Path.of(p))) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                boolean gz = name.endsWith(".gz");
                String base = gz ? name.substring(0, name.length() - 3) : name;
                byte[] body;
                try (InputStream in = Files.newInputStream(file)) {
                    body = in.readAllBytes();
                } catch (IOException e) {
                    failures += printError(out, file.toString(), "io-error", e.getMessage());
                    continue;
                }
                failures += emit(out, file.toString(), body, gz, base.endsWith(".txt") ? "text/plain" : "text/html");
            }
        }
        out.flush();
        return failures == 0 ? 0 : 1;
    }

    private int emit(PrintWriter out, String file, byte[] raw, boolean gz, String contentType) throws IOException {
        try {
            byte[] body = gz ? gunzip(raw) : raw;
            ExtractedArticle a = extractor.extract(new PageInput(url, body, contentType, null));
            if (format == Format.text) {
                out.println(a.title() == null ? "" : a.title());
                out.println();
                out.println(a.text());
                out.println();
            } else {
                out.println(json.writeValueAsString(row(file, a)));
            }
            return 0;
        } catch (ExtractionException e) {
            return printError(out, file, e.kind(), e.getMessage());
        } catch (IOException e) {
            return printError(out, file, "bad-gzip", e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // One page must not end the run: its line says what happened, the next file is read.
            return printError(out, file, "extraction-failed", e.toString());
        }
    }

    private Map<String, Object> row(String file, ExtractedArticle a) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", file);
        r.put("url", url);
        r.put("title", a.title());
        r.put("text", a.text());
        r.put("authors", a.authors());
        r.put("published", a.publishedAt());
        r.put("modified", a.modifiedAt());
        r.put("language", a.language());
        r.put("description", a.description());
        r.put("canonical", a.canonicalUrl());
        r.put("site", a.siteName());
        r.put("image", a.image());
        r.put("words", a.wordCount());
        r.put("method", a.method());
        r.put("confidence", a.confidence());
        r.put("removed", a.removed());
        r.put("repairs", a.repairs());
        return r;
    }

    private int printError(PrintWriter out, String file, String kind, String message) throws IOException {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("file", file);
        r.put("url", url);
        r.put("error", kind);
        r.put("message", message);
        if (format == Format.json) out.println(json.writeValueAsString(r));
        else System.err.println(file + ": " + kind + ": " + message);
        return 1;
    }

    private static List<Path> inputs(Path p) throws IOException {
        if (!Files.isDirectory(p)) return List.of(p);
        try (Stream<Path> s = Files.walk(p)) {
            return s.filter(Files::isRegularFile)
                    .filter(ExtractCommand::isPage)
                    .sorted()
                    .toList();
        }
    }

    private static boolean isPage(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) n = n.substring(0, n.length() - 3);
        return n.endsWith(".html") || n.endsWith(".htm") || n.endsWith(".txt");
    }

    private static byte[] gunzip(byte[] raw) throws IOException {
        // Cap what a gzip bomb can inflate to; the extractor cuts pages far below this anyway.
        try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(raw))) {
            return in.readNBytes(64 * 1024 * 1024);
        }
    }
}
