package io.newsflow.enrich.chrome;

/**
 * Refuses rule patterns with unbounded repeats ({@code *}, {@code +}, {@code {n,}}). Patterns run
 * on every short line of every article; a bounded repeat cannot make a match run away on a long or
 * hostile line, an unbounded one nested in another can. Possessive ({@code {1,3}+}) and lazy
 * ({@code ??}) modifiers of bounded repeats are fine; inside character classes nothing is a repeat.
 */
final class RegexBounds {

    private RegexBounds() {}

    /** The first unbounded repeat in the regex, or null if all repeats are bounded. */
    static String unbounded(String regex) {
        boolean afterQuantifier = false;
        int n = regex.length();
        for (int i = 0; i < n; i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '\\' -> {
                    i++; // an escaped character is an atom
                    afterQuantifier = false;
                }
                case '[' -> {
                    i = endOfClass(regex, i);
                    afterQuantifier = false;
                }
                case '*' -> {
                    return "*";
                }
                case '+' -> {
                    if (!afterQuantifier) {
                        return "+";
                    }
                    afterQuantifier = false; // possessive modifier
                }
                case '{' -> {
                    int close = regex.indexOf('}', i);
                    if (close < 0) {
                        return "{";
                    }
                    if (regex.substring(i + 1, close).strip().endsWith(",")) {
                        return regex.substring(i, close + 1);
                    }
                    i = close;
                    afterQuantifier = true;
                }
                // "(?" opens a group; any other '?' is the optional quantifier (or a lazy modifier)
                case '?' -> afterQuantifier = i == 0 || regex.charAt(i - 1) != '(';
                default -> afterQuantifier = false;
            }
        }
        return null;
    }

    /** Index of the ']' closing the class opened at start, allowing escapes and nested classes. */
    private static int endOfClass(String regex, int start) {
        int i = start + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++; // a leading ']' is literal
        }
        int depth = 1;
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        return regex.length();
    }
}
