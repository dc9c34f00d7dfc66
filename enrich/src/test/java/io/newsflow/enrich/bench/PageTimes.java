package io.newsflow.enrich.bench;

import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.ExtractionException;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.enrich.topics.TagInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Wall time of one page's whole enrich work (extract + tag), page by page over the dev pages, as the page
 * budget sees it: the figures behind {@code enrich.page.budget.ms}. Prints percentiles and the slowest pages.
 * <pre>java -cp enrich/target/classes:enrich/target/test-classes:$(cat /tmp/enrich.cp) \
 *   io.newsflow.enrich.bench.PageTimes ../shared/extraction-dev</pre>
 */
public final class PageTimes {
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : "../shared/extraction-dev");
        Extractor extractor = Extractor.withDefaults();
        ArticleTagger tagger = ArticleTagger.create();
        tagger.tag(new TagInput("Warm-up", "The council met on Tuesday.", null, List.of(), List.of(), null));
        List<Path> pages = DevSetPredictions.devPages(root);
        long[] nanos = new long[pages.size()];
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            byte[] body = DevSetPredictions.gunzip(pages.get(i));
            long t0 = System.nanoTime();
            try {
                ExtractedArticle a = extractor.extract(new PageInput(null, body, "text/html", null));
                tagger.tag(new TagInput(a.title(), a.text(), a.language(), List.of(), List.of(), null));
            } catch (ExtractionException e) {
                // a dead letter costs the same budget
            }
            nanos[i] = System.nanoTime() - t0;
            if (nanos[i] > 200_000_000L)
                slow.add(
                        pages.get(i).getFileName() + " " + nanos[i] / 1_000_000 + " ms, " + body.length / 1000 + " KB");
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "%d pages: median %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms%n",
                sorted.length,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6,
                sorted[(int) (sorted.length * 0.999)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
        slow.forEach(s -> System.out.println("  over 200 ms: " + s));
    }
}
