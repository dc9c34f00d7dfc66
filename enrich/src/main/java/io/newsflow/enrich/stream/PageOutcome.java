package io.newsflow.enrich.stream;

import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;

/** What became of one raw page: an article, or a dead letter that says why not. */
sealed interface PageOutcome {

    record Enriched(Article article) implements PageOutcome {}

    record Failed(DeadLetter deadLetter) implements PageOutcome {}
}
