package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The rules of one chrome kind, read from {@code <kind>.rules}. The format is one directive a line:
 *
 * <pre>
 * # a comment; blank lines are ignored
 * phrase: leave a reply        the whole line is this phrase (case, spacing, punctuation ignored)
 * header: related              like phrase, and the line heads a block of this kind of chrome
 * prefix: skip to              the line starts with these words (case and spacing ignored)
 * pattern: video: [^.]{5,150}  Java regex that must match the whole line (case ignored), with
 *                              bounded repeats only ({0,n}; no *, + or {n,}: refused at load)
 * term: fund our mission       a pitch phrase found anywhere in the line (see min-terms)
 * timestamp: \d{1,2}:\d{2} [ap]m   Java regex for a feed time stamp line
 * selector: .comment-respond   CSS selector for the DOM extractor
 * min-terms: 2                 a line with this many distinct terms is chrome on its own;
 *                              a line with fewer (but one) only next to chrome of this kind
 * trailing-junk: 4             this kind claims unpunctuated lines of up to 4 words that trail
 *                              chrome at the end of the text (spam strings, stray link text)
 * sandwich: yes                a short line between two lines of this kind is this kind too
 *                              (for forms and pleas; not for ads, which sit between paragraphs)
 * </pre>
 *
 * Patterns see the line with spacing folded, curly quotes straightened and leading bullets dropped,
 * and only lines of at most {@link LineMatcher#MAX_PATTERN_CHARS} characters and
 * {@link LineMatcher#MAX_PATTERN_WORDS} words, so a pattern written with bounded repeats cannot run
 * away on a long paragraph. Case is ignored for ASCII letters only (Unicode case folding made every
 * pattern several times slower); write {@code (?-i:...)} where case matters. All patterns of all
 * kinds are run as one alternation, so a pattern may not use a bare inline flag ({@code (?i)}) or a
 * back reference; both are refused at load.
 */
record RuleFile(
        String kind, List<ChromeRule> rules, List<String> selectors, int minTerms, int trailingJunk, boolean sandwich) {

    static final int DEFAULT_MIN_TERMS = 2;
    static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE;

    /** A bare inline flag "(?i)" or a back reference would leak into, or miscount, the combined pattern. */
    private static final Pattern UNSCOPED = Pattern.compile("\\(\\?[a-zA-Z]*-?[a-zA-Z]*\\)|\\\\[1-9]|\\\\k<");

    RuleFile {
        rules = List.copyOf(rules);
        selectors = List.copyOf(selectors);
    }

    static RuleFile parse(String kind, String source, List<String> lines) {
        List<ChromeRule> rules = new ArrayList<>();
        List<String> selectors = new ArrayList<>();
        int minTerms = DEFAULT_MIN_TERMS;
        int trailingJunk = 0;
        boolean sandwich = false;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            String origin = source + ":" + (n + 1);
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException(origin + ": expected 'directive: value', got '" + line + "'");
            }
            String directive = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (value.isEmpty()) {
                throw new IllegalArgumentException(origin + ": empty " + directive);
            }
            switch (directive) {
                case "phrase" -> rules.add(folded(kind, ChromeRule.Type.PHRASE, value, origin));
                case "header" -> rules.add(folded(kind, ChromeRule.Type.HEADER, value, origin));
                case "term" -> rules.add(folded(kind, ChromeRule.Type.TERM, value, origin));
                case "prefix" ->
                    rules.add(new ChromeRule(
                            kind,
                            ChromeRule.Type.PREFIX,
                            LineText.light(value).toLowerCase(Locale.ROOT),
                            null,
                            origin));
                case "pattern" -> rules.add(regex(kind, ChromeRule.Type.PATTERN, value, origin));
                case "timestamp" -> rules.add(regex(kind, ChromeRule.Type.TIMESTAMP, value, origin));
                case "selector" -> selectors.add(selector(value, origin));
                case "min-terms" -> minTerms = positive(value, origin);
                case "trailing-junk" -> trailingJunk = positive(value, origin);
                case "sandwich" -> sandwich = yesNo(value, origin);
                default -> throw new IllegalArgumentException(origin + ": unknown directive '" + directive + "'");
            }
        }
        return new RuleFile(kind, rules, selectors, minTerms, trailingJunk, sandwich);
    }

    private static ChromeRule folded(String kind, ChromeRule.Type type, String value, String origin) {
        String key = LineText.key(LineText.light(value));
        if (key.isEmpty()) {
            throw new IllegalArgumentException(origin + ": " + type + " has no letters or digits: '" + value + "'");
        }
        return new ChromeRule(kind, type, key, null, origin);
    }

    private static ChromeRule regex(String kind, ChromeRule.Type type, String value, String origin) {
        if (UNSCOPED.matcher(value).find()) {
            throw new IllegalArgumentException(
                    origin + ": use scoped flags (?-i:...) and no back references: " + value);
        }
        String unbounded = RegexBounds.unbounded(value);
        if (unbounded != null) {
            throw new IllegalArgumentException(origin + ": unbounded repeat '" + unbounded
                    + "': write {0,n} with a limit, so no line can make the pattern run away: " + value);
        }
        try {
            Pattern p = Pattern.compile(value, REGEX_FLAGS);
            return new ChromeRule(kind, type, value, p, origin);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException(origin + ": bad regex: " + e.getMessage(), e);
        }
    }

    /** Fails at load rather than in the DOM extractor, on the first page of the day. */
    private static String selector(String css, String origin) {
        try {
            QueryParser.parse(css);
            return css;
        } catch (Selector.SelectorParseException | IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + ": bad CSS selector '" + css + "': " + e.getMessage(), e);
        }
    }

    private static boolean yesNo(String value, String origin) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException(origin + ": expected yes or no, got '" + value + "'");
        };
    }

    private static int positive(String value, String origin) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(origin + ": expected a positive number, got '" + value + "'");
    }
}
