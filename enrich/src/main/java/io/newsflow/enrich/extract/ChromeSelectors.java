package io.newsflow.enrich.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The chrome rules' CSS selectors, compiled once and tested against each element in a single walk of the
 * page. Running each selector as its own {@code select()} walked the whole tree once per selector (56
 * walks a page, a third of the extractor's time). The simple forms rules use — {@code tag}, {@code .class},
 * {@code #id}, {@code [class*=x]}, {@code [id^=x]}, {@code tag[attr*=x]} — are matched from one lower-cased
 * read of the element's class and id; any other selector falls back to jsoup's own evaluator, so every
 * selector jsoup accepts still works. A selector jsoup refuses is dropped (a bad data line must not break
 * extraction; the rule-file tests catch it).
 */
final class ChromeSelectors {

    static final ChromeSelectors NONE = new ChromeSelectors(List.of());

    private static final Pattern SIMPLE = Pattern.compile(
            "([a-z][a-z0-9]*)?(?:\\.([\\w-]+)|#([\\w-]+)|\\[([a-z-]+)([*^]?=)([\\w-]+)])?");

    private record Rule(String kind, String tag, String className, String id, String attr, String op, String value,
                        Evaluator fallback) {

        boolean matches(Element root, Element e, String tagName, Page page) {
            if (fallback != null) return fallback.matches(root, e);
            if (tag != null && !tag.equals(tagName)) return false;
            if (className != null) return page.hasClass(className);
            if (id != null) return id.equals(e.id());
            if (attr == null) return true;
            String actual = switch (attr) {
                case "class" -> page.classes();
                case "id" -> page.id();
                default -> e.attr(attr).toLowerCase(Locale.ROOT);
            };
            return switch (op) {
                case "*=" -> actual.contains(value);
                case "^=" -> actual.startsWith(value);
                default -> actual.equals(value);
            };
        }
    }

    /** Lower-cased class and id of the element under test, read at most once for all rules. */
    private static final class Page {
        private final Element e;
        private String classes, id;

        Page(Element e) {
            this.e = e;
        }

        String classes() {
            if (classes == null) classes = e.className().toLowerCase(Locale.ROOT);
            return classes;
        }

        String id() {
            if (id == null) id = e.id().toLowerCase(Locale.ROOT);
            return id;
        }

        boolean hasClass(String name) {
            String all = classes();
            for (int i = all.indexOf(name); i >= 0; i = all.indexOf(name, i + 1)) {
                int end = i + name.length();
                if ((i == 0 || Character.isWhitespace(all.charAt(i - 1)))
                        && (end == all.length() || Character.isWhitespace(all.charAt(end)))) return true;
            }
            return false;
        }
    }

    private final List<Rule> rules;

    private ChromeSelectors(List<Rule> rules) {
        this.rules = rules;
    }

    /** Compiles selectors by chrome kind; the kinds' order is the order matches are attributed in. */
    static ChromeSelectors compile(Map<String, List<String>> byKind) {
        List<Rule> rules = new ArrayList<>();
        for (var kind : new LinkedHashMap<>(byKind).entrySet()) {
            for (String css : kind.getValue()) {
                Rule r = rule(kind.getKey(), css.strip());
                if (r != null) rules.add(r);
            }
        }
        return new ChromeSelectors(List.copyOf(rules));
    }

    private static Rule rule(String kind, String css) {
        Matcher m = SIMPLE.matcher(css);
        if (!css.isEmpty() && m.matches()) {
            String op = m.group(5);
            String value = m.group(6) == null ? null : m.group(6).toLowerCase(Locale.ROOT);
            return new Rule(kind, m.group(1), m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT),
                    m.group(3), m.group(4), op, value, null);
        }
        try {
            return new Rule(kind, null, null, null, null, null, null, QueryParser.parse(css));
        } catch (Selector.SelectorParseException e) {
            return null;
        }
    }

    boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The kind of the first rule the element matches, or null. */
    String kindOf(Element root, Element e) {
        if (rules.isEmpty()) return null;
        Page page = new Page(e);
        String tag = e.normalName();
        for (Rule r : rules) {
            if (r.matches(root, e, tag, page)) return r.kind();
        }
        return null;
    }
}
