package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Line rules of one type as one alternation, with the rules that cannot match a line starting with a
 * given ASCII character left out of that character's alternation: most lines then try a few rules
 * instead of all. Whether a rule can start with a character is asked of the regex engine itself (the
 * one-character line matches, or the engine needed more input to say no), so leaving a rule out never
 * changes a verdict; the first rule in file order that matches still wins. Immutable.
 */
final class FirstCharPatterns {

    /** An alternation and the rules it holds, in order: group r{i} is rules.get(i). */
    private record Alternation(Pattern pattern, List<ChromeRule> rules) {}

    private final Alternation all;
    private final Alternation[] byFirstChar = new Alternation[128];

    FirstCharPatterns(List<ChromeRule> rules) {
        all = combine(rules);
        Map<List<Integer>, Alternation> shared = new HashMap<>();
        for (char c = 0; c < 128; c++) {
            List<Integer> able = new ArrayList<>();
            for (int i = 0; i < rules.size(); i++) if (canStartWith(rules.get(i), c)) able.add(i);
            byFirstChar[c] = shared.computeIfAbsent(
                    able, a -> combine(a.stream().map(rules::get).toList()));
        }
    }

    /** The first rule whose pattern matches the whole text, or null. */
    ChromeRule firstMatch(String text) {
        Alternation a = !text.isEmpty() && text.charAt(0) < 128 ? byFirstChar[text.charAt(0)] : all;
        if (a == null) {
            return null;
        }
        Matcher m = a.pattern().matcher(text);
        if (!m.matches()) {
            return null;
        }
        for (int i = 0; i < a.rules().size(); i++) {
            if (m.start("r" + i) >= 0) {
                return a.rules().get(i);
            }
        }
        throw new IllegalStateException("combined pattern matched no rule: " + text);
    }

    private static boolean canStartWith(ChromeRule rule, char c) {
        Matcher m = Pattern.compile(rule.text(), RuleFile.REGEX_FLAGS).matcher(String.valueOf(c));
        return m.matches() || m.hitEnd();
    }

    /** Each rule becomes a named group r0, r1, ... so the match tells which rule it was; null for no rules. */
    private static Alternation combine(List<ChromeRule> rules) {
        if (rules.isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < rules.size(); i++) {
            regex.append(i == 0 ? "" : "|")
                    .append("(?<r")
                    .append(i)
                    .append('>')
                    .append(rules.get(i).text())
                    .append(')');
        }
        return new Alternation(Pattern.compile(regex.toString(), RuleFile.REGEX_FLAGS), List.copyOf(rules));
    }
}
