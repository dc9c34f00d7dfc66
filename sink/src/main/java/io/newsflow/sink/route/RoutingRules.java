package io.newsflow.sink.route;

import io.newsflow.schema.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Where a clean article goes besides articles.clean, as configuration says: one topic per top-level
 * subject code (from the article's best topic) and, if a language prefix is set, one per language.
 * Only listed codes and languages get a topic, because Kafka Streams cannot write to a topic that does
 * not exist: the app creates {@link #topics()} at start, and an article with an unlisted code or
 * language simply stays on articles.clean.
 *
 * @param topicPrefix    prefix of per-subject topics, e.g. "articles.topic."; null turns subject routing off
 * @param topicCodes     subject codes that have a topic, e.g. "medtop:11000000"
 * @param languagePrefix prefix of per-language topics, e.g. "articles.lang."; null turns language routing off
 * @param languages      ISO 639-1 codes that have a topic
 */
public record RoutingRules(String topicPrefix, Set<String> topicCodes, String languagePrefix, Set<String> languages) {

    private static final Pattern ILLEGAL = Pattern.compile("[^a-zA-Z0-9._-]");

    /** The 17 top-level IPTC Media Topics. */
    public static final Set<String> IPTC_TOP_LEVEL = Set.of(
            "medtop:01000000",
            "medtop:02000000",
            "medtop:03000000",
            "medtop:04000000",
            "medtop:05000000",
            "medtop:06000000",
            "medtop:07000000",
            "medtop:08000000",
            "medtop:09000000",
            "medtop:10000000",
            "medtop:11000000",
            "medtop:12000000",
            "medtop:13000000",
            "medtop:14000000",
            "medtop:15000000",
            "medtop:16000000",
            "medtop:17000000");

    public RoutingRules {
        topicCodes = topicCodes == null ? Set.of() : Set.copyOf(topicCodes);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    /** Subject topics for the IPTC top level; no language topics. */
    public static RoutingRules defaults() {
        return new RoutingRules("articles.topic.", IPTC_TOP_LEVEL, null, Set.of());
    }

    public static RoutingRules none() {
        return new RoutingRules(null, Set.of(), null, Set.of());
    }

    /** The subject topic of an article: its best topic's code, if that code has a topic. */
    public Optional<String> subjectTopic(Article a) {
        if (topicPrefix == null || a.getTopics().isEmpty()) {
            return Optional.empty();
        }
        String code = a.getTopics().get(0).getCode();
        return topicCodes.contains(code) ? Optional.of(name(topicPrefix, code)) : Optional.empty();
    }

    public Optional<String> languageTopic(Article a) {
        String lang = a.getLanguage();
        if (languagePrefix == null || lang == null || !languages.contains(lang)) {
            return Optional.empty();
        }
        return Optional.of(name(languagePrefix, lang));
    }

    /** Every topic these rules can write to: what the app must create. */
    public List<String> topics() {
        List<String> out = new ArrayList<>();
        if (topicPrefix != null) {
            topicCodes.stream().sorted().forEach(c -> out.add(name(topicPrefix, c)));
        }
        if (languagePrefix != null) {
            languages.stream().sorted().forEach(l -> out.add(name(languagePrefix, l)));
        }
        return out;
    }

    /** A legal topic name: medtop:11000000 becomes medtop-11000000. */
    static String name(String prefix, String code) {
        return prefix + ILLEGAL.matcher(code).replaceAll("-");
    }
}
