package io.newsflow.enrich.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/** The class/id patterns and structural selectors of {@code dom-hints.txt}: the extractor's knowledge as data. */
record DomHints(
        Pattern unlikely,
        Pattern maybeContent,
        Pattern negative,
        Pattern positive,
        Pattern byline,
        Map<String, Integer> contentSelectors,
        List<Pattern> credits,
        List<Map.Entry<Evaluator, Integer>> contentEvaluators,
        NameVerdicts<Boolean> unlikelyNames,
        NameVerdicts<Integer> weights) {

    DomHints(
            Pattern unlikely,
            Pattern maybeContent,
            Pattern negative,
            Pattern positive,
            Pattern byline,
            Map<String, Integer> contentSelectors,
            List<Pattern> credits,
            List<Map.Entry<Evaluator, Integer>> contentEvaluators) {
        this(
                unlikely,
                maybeContent,
                negative,
                positive,
                byline,
                contentSelectors,
                credits,
                contentEvaluators,
                new NameVerdicts<>(names -> unlikely.matcher(names).find()
                        && !maybeContent.matcher(names).find()),
                new NameVerdicts<>(key -> weight(negative, positive, key)));
    }

    static DomHints load() {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        try (InputStream in = DomHints.class.getResourceAsStream("dom-hints.txt")) {
            if (in == null) throw new IllegalStateException("dom-hints.txt missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String section = "";
            for (String line; (line = r.readLine()) != null; ) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#")) continue;
                if (l.startsWith("[") && l.endsWith("]") && !l.contains("=")) {
                    section = l.substring(1, l.length() - 1);
                    continue;
                }
                sections.computeIfAbsent(section, k -> new ArrayList<>()).add(l);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, Integer> selectors = new LinkedHashMap<>();
        for (String l : sections.getOrDefault("content-selector", List.of())) {
            int sp = l.lastIndexOf(' ');
            selectors.put(l.substring(0, sp).strip(), Integer.parseInt(l.substring(sp + 1)));
        }
        List<Pattern> credits = sections.getOrDefault("credit", List.of()).stream()
                .map(Pattern::compile)
                .toList();
        List<Map.Entry<Evaluator, Integer>> evaluators = new ArrayList<>();
        selectors.forEach((css, bonus) -> evaluators.add(Map.entry(QueryParser.parse(css), bonus)));
        return new DomHints(
                alternation(sections, "unlikely"),
                alternation(sections, "maybe-content"),
                alternation(sections, "negative"),
                alternation(sections, "positive"),
                alternation(sections, "byline"),
                selectors,
                credits,
                List.copyOf(evaluators));
    }

    private static Pattern alternation(Map<String, List<String>> sections, String name) {
        return Pattern.compile(String.join("|", sections.getOrDefault(name, List.of("(?!)"))));
    }

    /** Readability's class weight: -25 per negative match, +25 per positive, on class and id separately. */
    int classWeight(String className, String id) {
        if (className.isEmpty() && id.isEmpty()) return 0;
        return weights.of(className + '\u0000' + id);
    }

    private static int weight(Pattern negative, Pattern positive, String classAndId) {
        int cut = classAndId.indexOf('\u0000');
        return nameWeight(negative, positive, withoutStateClasses(classAndId.substring(0, cut)))
                + nameWeight(negative, positive, classAndId.substring(cut + 1));
    }

    private static int nameWeight(Pattern negative, Pattern positive, String name) {
        if (name.isEmpty()) return 0;
        return (negative.matcher(name).find() ? -25 : 0)
                + (positive.matcher(name).find() ? 25 : 0);
    }

    /** Class/id names ("class id", lower case) that say boilerplate and not content. */
    boolean soundsUnlikely(String names) {
        return unlikelyNames.of(names);
    }

    private static final Pattern STATE_CLASS = Pattern.compile("(?:^|\\s)(?:no|has|with|without)[-_]\\S*");

    /**
     * Drops state modifiers from a class list: "no_caption", "has-ads", "without-sidebar" say what an
     * element has or lacks, not what it is, so "caption" or "ads" in them must not weigh against it.
     */
    static String withoutStateClasses(String className) {
        if (className.indexOf('-') < 0 && className.indexOf('_') < 0) return className;
        return STATE_FREE.of(className);
    }

    private static final NameVerdicts<String> STATE_FREE = new NameVerdicts<>(
            className -> STATE_CLASS.matcher(className).replaceAll(" ").strip());

    /** Sum of the structured-hint bonuses an element matches (evaluators compiled once, checked in the caller's walk). */
    int contentBonus(Element root, Element e) {
        int bonus = 0;
        for (var ev : contentEvaluators) if (ev.getKey().matches(root, e)) bonus += ev.getValue();
        return bonus;
    }

    boolean isCredit(String text) {
        for (Pattern p : credits) if (p.matcher(text).find()) return true;
        return false;
    }
}
