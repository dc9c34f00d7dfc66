package io.newsflow.enrich.topics;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the page says about its own topic: JSON-LD {@code articleSection}, {@code keywords} and the URL's
 * path sections, looked up word by word in the rule table {@value #RESOURCE}. Each matched rule adds its
 * weight to one topic's logit once (a section that says "sport" three times is still one vote).
 */
final class PageSignals {

    static final String RESOURCE = "page-signals.tsv";

    record Rule(String code, double sectionWeight, double keywordWeight) {}

    /** Logit boosts per topic (taxonomy order) and the signals behind each, for the tag's explanation. */
    record Boosts(double[] logits, List<List<String>> signals) {}

    private final Taxonomy taxonomy;
    private final Map<String, Rule> rules = new HashMap<>();

    PageSignals(Taxonomy taxonomy) {
        this.taxonomy = taxonomy;
        for (String line : Taxonomy.Resources.lines(PageSignals.class, RESOURCE)) {
            String[] f = line.split("\t");
            if (f.length != 4 || taxonomy.indexOf(f[1]) < 0) {
                throw new IllegalStateException(RESOURCE + ": bad rule: " + line);
            }
            rules.put(f[0], new Rule(f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3])));
        }
    }

    Boosts boosts(TagInput in) {
        double[] logits = new double[taxonomy.size()];
        List<List<String>> signals = new ArrayList<>();
        for (int i = 0; i < taxonomy.size(); i++) {
            signals.add(new ArrayList<>());
        }
        // A token counts once per kind, so the strongest kind decides and repetition does not pile up.
        Set<String> seen = new LinkedHashSet<>();
        for (String section : in.sectionHints()) {
            apply("section", words(section), true, seen, logits, signals);
        }
        apply("url", urlWords(in.url()), true, seen, logits, signals);
        for (String keyword : in.keywordHints()) {
            apply("keyword", words(keyword), false, seen, logits, signals);
        }
        return new Boosts(logits, signals);
    }

    private void apply(
            String kind,
            List<String> words,
            boolean strong,
            Set<String> seen,
            double[] logits,
            List<List<String>> signals) {
        for (String w : words) {
            Rule rule = rules.get(w);
            if (rule == null || !seen.add(rule.code() + "/" + (strong ? "strong" : "weak"))) {
                continue;
            }
            int t = taxonomy.indexOf(rule.code());
            logits[t] += strong ? rule.sectionWeight() : rule.keywordWeight();
            signals.get(t).add(kind + ":" + w);
        }
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        if (s != null) {
            for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (!w.isEmpty()) {
                    out.add(w);
                }
            }
        }
        return out;
    }

    /** Path segments only: host names ("sports.example.com" aside) and query strings are too noisy. */
    static List<String> urlWords(String url) {
        if (url == null || url.isBlank()) {
            return List.of();
        }
        try {
            String path = URI.create(url.strip()).getPath();
            List<String> out = new ArrayList<>();
            String[] segments = path == null ? new String[0] : path.split("/");
            for (int i = 0; i < segments.length; i++) {
                // A last segment like "xi-visits-moscow-2023" is the story's slug: its words are the
                // story, not its section. A plain last word ("/sport/football") is a section.
                boolean slug = i == segments.length - 1 && segments[i].matches(".*[-_.\\d].*");
                if (!slug) {
                    out.addAll(words(segments[i]));
                }
            }
            return out;
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }
}
