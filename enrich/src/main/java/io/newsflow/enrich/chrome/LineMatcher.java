package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * All line rules of all kinds, compiled for speed: phrases in one hash map, so most lines cost one
 * lookup; prefixes and patterns only for short lines. Immutable, so safe to share between threads.
 */
final class LineMatcher {

    /** Chrome lines are short; longer lines never reach a pattern, which also bounds regex time. */
    static final int MAX_PATTERN_CHARS = 300;
    /** Nor do lines of more words: most article paragraphs skip the patterns, which keeps it fast. */
    static final int MAX_PATTERN_WORDS = 25;
    /** A plea is a paragraph at most; a longer line is not searched for pitch terms. */
    static final int MAX_TERM_CHARS = 1500;
    /** A prefix rule does not fire on a line longer than this: it is prose that starts alike. */
    static final int MAX_PREFIX_WORDS = 40;

    private final Map<String, ChromeRule> phrases = new HashMap<>();
    private final List<ChromeRule> prefixes = new ArrayList<>();
    private final List<ChromeRule> patterns = new ArrayList<>();
    private final List<ChromeRule> timestamps = new ArrayList<>();
    private final Map<String, List<ChromeRule>> termsByKind = new LinkedHashMap<>();
    private final Map<String, Integer> minTerms = new HashMap<>();
    /**
     * All patterns as one alternation (and all time stamps as another): one matcher per line instead
     * of one per rule, several times faster, with the same first-rule-wins order.
     */
    private final FirstCharPatterns anyPattern;

    private final FirstCharPatterns anyTimestamp;
    /** Each term with a space either side, as it is looked for in the padded key. */
    private final Map<ChromeRule, String> paddedTerms = new IdentityHashMap<>();
    /** The longest prefix rule: only that much of a line (and a character more) is lower-cased for them. */
    private final int longestPrefix;

    LineMatcher(List<RuleFile> files) {
        for (RuleFile file : files) {
            minTerms.put(file.kind(), file.minTerms());
            for (ChromeRule rule : file.rules()) {
                switch (rule.type()) {
                    case PHRASE, HEADER -> {
                        ChromeRule before = phrases.putIfAbsent(rule.text(), rule);
                        if (before != null) {
                            // one line, one kind: a phrase in two files would make the counts a coin toss
                            throw new IllegalArgumentException(rule.origin() + ": phrase '" + rule.text()
                                    + "' is already a rule at " + before.origin());
                        }
                    }
                    case PREFIX -> prefixes.add(rule);
                    case PATTERN -> patterns.add(rule);
                    case TIMESTAMP -> timestamps.add(rule);
                    case TERM ->
                        termsByKind
                                .computeIfAbsent(rule.kind(), k -> new ArrayList<>())
                                .add(rule);
                }
            }
        }
        for (List<ChromeRule> terms : termsByKind.values()) {
            for (ChromeRule term : terms) paddedTerms.put(term, " " + term.text() + " ");
        }
        int longest = 0;
        for (ChromeRule rule : prefixes) longest = Math.max(longest, rule.text().length());
        longestPrefix = longest;
        anyPattern = new FirstCharPatterns(patterns);
        anyTimestamp = new FirstCharPatterns(timestamps);
    }

    /** The strongest evidence the rules give about this line alone, or null if none. */
    LineMatch match(LineText line) {
        if (line.blank()) {
            return null;
        }
        LineMatch found = phraseMatch(line);
        if (found == null) {
            found = prefixMatch(line);
        }
        boolean short_ = line.light().length() <= MAX_PATTERN_CHARS && line.words() <= MAX_PATTERN_WORDS;
        if (found == null && short_) {
            found = hit(anyPattern.firstMatch(line.light()));
        }
        if (found != null || line.light().length() > MAX_TERM_CHARS) {
            return found;
        }
        LineMatch terms = termMatch(line);
        if (terms != null && terms.evidence() == LineMatch.Evidence.HIT) {
            return terms;
        }
        ChromeRule timestamp = short_ ? anyTimestamp.firstMatch(line.light()) : null;
        return timestamp != null ? new LineMatch(timestamp.kind(), LineMatch.Evidence.TIMESTAMP, timestamp) : terms;
    }

    /** The whole line is a known phrase (or a known header of a chrome block). */
    private LineMatch phraseMatch(LineText line) {
        ChromeRule phrase = phrases.get(line.key());
        if (phrase == null) {
            return null;
        }
        LineMatch.Evidence e =
                phrase.type() == ChromeRule.Type.HEADER ? LineMatch.Evidence.HEADER : LineMatch.Evidence.HIT;
        return new LineMatch(phrase.kind(), e, phrase);
    }

    /** A short line that starts with a prefix rule's words. */
    private LineMatch prefixMatch(LineText line) {
        if (line.words() > MAX_PREFIX_WORDS) {
            return null;
        }
        String lower = prefixHead(line.light());
        for (ChromeRule rule : prefixes) {
            if (startsWithWord(lower, rule.text())) {
                return hit(rule);
            }
        }
        return null;
    }

    /**
     * The first kind whose terms the line holds at least that kind's minimum of, as a hit; otherwise the first
     * kind with any of its terms, as weak evidence; null if none.
     */
    private LineMatch termMatch(LineText line) {
        LineMatch weak = null;
        String padded = " " + line.key() + " ";
        for (Map.Entry<String, List<ChromeRule>> e : termsByKind.entrySet()) {
            int found = 0;
            ChromeRule first = null;
            for (ChromeRule term : e.getValue()) {
                if (padded.contains(paddedTerms.get(term))) {
                    found++;
                    first = first == null ? term : first;
                }
            }
            if (found >= minTerms.get(e.getKey())) {
                return new LineMatch(e.getKey(), LineMatch.Evidence.HIT, first);
            }
            if (found > 0 && weak == null) {
                weak = new LineMatch(e.getKey(), LineMatch.Evidence.WEAK, first);
            }
        }
        return weak;
    }

    private static LineMatch hit(ChromeRule rule) {
        return rule == null ? null : new LineMatch(rule.kind(), LineMatch.Evidence.HIT, rule);
    }

    /**
     * The lower-cased head of a line, long enough for every prefix rule and the character after it
     * (lower-casing is per character, except a final sigma, which looks at the next: one more is cut).
     */
    private String prefixHead(String light) {
        int keep = longestPrefix + 2;
        return (light.length() > keep ? light.substring(0, keep) : light).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWithWord(String lower, String prefix) {
        if (!lower.startsWith(prefix)) {
            return false;
        }
        if (lower.length() == prefix.length()) {
            return true;
        }
        // "subscribe" must not fire on "subscribers said..."
        return !Character.isLetterOrDigit(lower.charAt(prefix.length()))
                || !Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1));
    }
}
