package io.newsflow.enrich.bench;

import io.newsflow.enrich.extract.ExtractedArticle;
import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.extract.PageInput;
import java.nio.file.Path;

/** Prints what the extractor makes of one dev page, for looking at failures: ShowPage PATH.html.gz */
public final class ShowPage {
    public static void main(String[] args) throws Exception {
        for (String a : args) {
            ExtractedArticle r = Extractor.withDefaults()
                    .extract(new PageInput(null, DevSetPredictions.gunzip(Path.of(a)), "text/html", null));
            System.out.printf(
                    "title: %s%nauthors: %s%npublished: %s%nlanguage: %s%nsite: %s%nmethod: %s%nremoved: %s%n----%n%s%n",
                    r.title(),
                    r.authors(),
                    r.publishedAt(),
                    r.language(),
                    r.siteName(),
                    r.method(),
                    r.removed(),
                    r.text());
        }
    }
}
