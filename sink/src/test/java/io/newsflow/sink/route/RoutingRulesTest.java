package io.newsflow.sink.route;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RoutingRulesTest {

    private static Article article(String code, String language) {
        return Article.newBuilder()
                .setId("a")
                .setUrl("https://x.example/a")
                .setLanguage(language)
                .setTopics(code == null ? List.of() : List.of(new Topic(code, "label", 0.9, List.of())))
                .build();
    }

    @Test
    void aSubjectCodeBecomesALegalTopicName() {
        assertThat(RoutingRules.defaults().subjectTopic(article("medtop:11000000", "en")))
                .contains("articles.topic.medtop-11000000");
    }

    @Test
    void unlistedCodesAndArticlesWithoutTopicsStayOnCleanOnly() {
        assertThat(RoutingRules.defaults().subjectTopic(article("medtop:20000123", "en")))
                .isEmpty();
        assertThat(RoutingRules.defaults().subjectTopic(article(null, "en"))).isEmpty();
    }

    @Test
    void languageTopicsOnlyWhenConfigured() {
        RoutingRules rules = new RoutingRules(null, Set.of(), "articles.lang.", Set.of("de"));
        assertThat(RoutingRules.defaults().languageTopic(article(null, "de"))).isEmpty();
        assertThat(rules.languageTopic(article(null, "de"))).contains("articles.lang.de");
        assertThat(rules.languageTopic(article(null, "fr"))).isEmpty();
        assertThat(rules.subjectTopic(article("medtop:11000000", "de"))).isEmpty();
    }

    @Test
    void theTopicsToCreateAreEveryRouteTheRulesCanTake() {
        assertThat(RoutingRules.defaults().topics()).hasSize(17).contains("articles.topic.medtop-01000000");
        assertThat(new RoutingRules("t.", Set.of("a:b"), "l.", Set.of("en")).topics())
                .containsExactly("t.a-b", "l.en");
    }
}
