package io.newsflow.sink.route;

import io.newsflow.schema.Article;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/**
 * Dynamic routing for Kafka Streams: the topic an article goes to, by a rule. The topology only sends
 * an article here when the rule has a topic for it (see {@link #routes}), because an extractor must
 * name a topic for every record it sees.
 */
public final class ArticleRouter implements TopicNameExtractor<String, Article> {

    private final Function<Article, Optional<String>> rule;

    private ArticleRouter(Function<Article, Optional<String>> rule) {
        this.rule = rule;
    }

    public static ArticleRouter bySubject(RoutingRules rules) {
        return new ArticleRouter(rules::subjectTopic);
    }

    public static ArticleRouter byLanguage(RoutingRules rules) {
        return new ArticleRouter(rules::languageTopic);
    }

    public boolean routes(Article article) {
        return rule.apply(article).isPresent();
    }

    @Override
    public String extract(String key, Article value, RecordContext recordContext) {
        return rule.apply(value).orElseThrow(() -> new IllegalStateException("no route for article " + key));
    }
}
