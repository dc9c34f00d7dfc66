package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * First-topic accuracy through the front door ({@link ArticleTagger#tag}) on sentences written by others
 * and never seen in training: the SIB-200 test split (the same sentences in six languages, see the
 * fixture's header). The floors sit a little under the figures measured when the model was trained
 * (README, Topic tagging), to catch a model or feature change that loses a language; the full
 * evaluation on news from outlets not in training is TopicEval's (README).
 */
class PublicSetAccuracyTest {

    private static final Map<String, Double> FLOORS =
            // Since the model learnt English news read through the glossary (2026-12-07), SIB's sentences meet every
            // topic in every language: de 0.765 -> 0.743, es 0.754 -> 0.722, fr 0.695 -> 0.658, ru 0.749 -> 0.690,
            // while German and Portuguese news rose (README, "English news read through the glossary"). Since BBC
            // Afrique's French is learnt over its own five topics (2026-12-07, later): fr 0.658 -> 0.727.
            Map.of("en", 0.68, "de", 0.73, "fr", 0.70, "es", 0.70, "ru", 0.67, "zh", 0.43);

    @Test
    void everyLanguageIsTaggedAboutAsWellAsEnglish() throws IOException {
        Map<String, int[]> byLanguage = new TreeMap<>();
        try (InputStream in = getClass().getResourceAsStream("sib200-test.tsv")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList()) {
                if (line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 3);
                Tags tags = SharedTagger.TAGGER.tag(new TagInput("", f[2], null, null, null, null));
                int[] c = byLanguage.computeIfAbsent(f[0], k -> new int[2]);
                c[0] += tags.topics().get(0).code().equals(f[1]) ? 1 : 0;
                c[1]++;
            }
        }
        StringBuilder report = new StringBuilder();
        byLanguage.forEach((lang, c) ->
                report.append(String.format(Locale.ROOT, "%s %.3f (%d)%n", lang, (double) c[0] / c[1], c[1])));
        System.out.print(report);
        assertThat(byLanguage).containsOnlyKeys(FLOORS.keySet());
        byLanguage.forEach((lang, c) ->
                assertThat((double) c[0] / c[1]).as(lang + "\n" + report).isGreaterThanOrEqualTo(FLOORS.get(lang)));
    }
}
