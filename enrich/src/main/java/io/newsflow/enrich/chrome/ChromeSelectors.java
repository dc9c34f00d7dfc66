package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The chrome rules' CSS selectors, compiled once and tested against each element in a single walk of the
 * page. Running each selector as its own {@code select()} walked the whole tree once per selector (56
 * walks a page, a third of the extractor's time). The simple forms rules use — {@code tag}, {@code .class},
 * {@code #id}, {@code [class*=x]}, {@code [id^=x]}, {@code tag[attr*=x]} — are matched from one lower-cased
 * read of the element's class and id; any other selector falls back to jsoup's own evaluator, so every
 * selector jsoup accepts still works. A selector jsoup refuses is dropped (a bad data line must not break
 * extraction; the rule-file tests catch it).
 */
public final class ChromeSelectors {

    public static final ChromeSelectors NONE = new ChromeSelectors(List.of());

    private static final Pattern SIMPLE =
            Pattern.compile("([a-z][a-z0-9]*)?(?:\\.([\\w-]+)|#([\\w-]+)|\\[([a-z-]+)([*^]?=)([\\w-]+)])?");

    private static final String CLASS = "class", ID = "id", CONTAINS = "*=", STARTS = "^=";

    private record Rule(
            String kind,
            String tag,
            String className,
            String id,
            String attr,
            String op,
            String value,
            Evaluator fallback) {

        boolean matches(Element root, Element e, String tagName, Page page) {
            if (fallback != null) return fallback.matches(root, e);
            if (tag != null && !tag.equals(tagName)) return false;
            if (className != null) return page.hasClass(className);
            if (id != null) return id.equals(e.id());
            return attr == null || attributeMatches(e, page);
        }

        /** [attr=value], [attr*=value] or [attr^=value], on the lower-cased attribute. */
        private boolean attributeMatches(Element e, Page page) {
            String actual = CLASS.equals(attr)
                    ? page.classes()
                    : ID.equals(attr) ? page.id() : e.attr(attr).toLowerCase(Locale.ROOT);
            return CONTAINS.equals(op)
                    ? actual.contains(value)
                    : STARTS.equals(op) ? actual.startsWith(value) : actual.equals(value);
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
    /** Rules that can only match an element with this tag, class token or id: most elements need no rule run. */
    private final Map<String, List<Integer>> byTag = new HashMap<>(), byClass = new HashMap<>(), byId = new HashMap<>();

    private final List<Integer> onClass = new ArrayList<>(), onId = new ArrayList<>(), always = new ArrayList<>();

    private ChromeSelectors(List<Rule> rules) {
        this.rules = rules;
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            if (r.fallback() != null) always.add(i);
            else if (r.className() != null)
                byClass.computeIfAbsent(r.className(), k -> new ArrayList<>()).add(i);
            else if (r.id() != null)
                byId.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(i);
            else if (r.tag() != null)
                byTag.computeIfAbsent(r.tag(), k -> new ArrayList<>()).add(i);
            else if ("class".equals(r.attr())) onClass.add(i);
            else if ("id".equals(r.attr())) onId.add(i);
            else always.add(i);
        }
    }

    /** Compiles selectors by chrome kind; the kinds' order is the order matches are attributed in. */
    public static ChromeSelectors compile(Map<String, List<String>> byKind) {
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
            return new Rule(
                    kind,
                    m.group(1),
                    m.group(2) == null ? null : m.group(2).toLowerCase(Locale.ROOT),
                    m.group(3),
                    m.group(4),
                    op,
                    value,
                    null);
        }
        try {
            return new Rule(kind, null, null, null, null, null, null, QueryParser.parse(css));
        } catch (Selector.SelectorParseException e) {
            return null;
        }
    }

    public boolean isEmpty() {
        return rules.isEmpty();
    }

    /** The kind of the first rule (in file order) the element matches, or null. */
    public String kindOf(Element root, Element e) {
        Page page = new Page(e);
        String tag = e.normalName();
        int first = firstMatch(always, root, e, tag, page, Integer.MAX_VALUE);
        first = firstMatch(byTag.get(tag), root, e, tag, page, first);
        String cls = page.classes();
        if (!cls.isEmpty()) {
            first = firstMatch(onClass, root, e, tag, page, first);
            for (int from = 0, to; from < cls.length(); from = to + 1) {
                to = endOfToken(cls, from);
                if (to > from) first = firstMatch(byClass.get(cls.substring(from, to)), root, e, tag, page, first);
            }
        }
        String id = e.id();
        if (!id.isEmpty()) {
            first = firstMatch(onId, root, e, tag, page, first);
            first = firstMatch(byId.get(id), root, e, tag, page, first);
        }
        return first == Integer.MAX_VALUE ? null : rules.get(first).kind();
    }

    private static int endOfToken(String s, int from) {
        int i = from;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) i++;
        return i;
    }

    private int firstMatch(List<Integer> candidates, Element root, Element e, String tag, Page page, int best) {
        if (candidates == null) return best;
        for (int i : candidates) {
            if (i >= best) break;
            if (rules.get(i).matches(root, e, tag, page)) return i;
        }
        return best;
    }
}
