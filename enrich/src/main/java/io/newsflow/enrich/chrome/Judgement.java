package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.List;

/**
 * The working state of one {@link ChromeFilter#cleanLines} call: each line, what the rules say about
 * it alone, and the verdict the passes reach. Lives for one call, so it needs no locking.
 */
final class Judgement {

    final LineText[] text;
    final LineMatch[] match;
    private final String[] kind;
    private final String[] why;

    Judgement(List<String> lines, LineMatcher matcher) {
        int n = lines.size();
        text = new LineText[n];
        match = new LineMatch[n];
        kind = new String[n];
        why = new String[n];
        for (int i = 0; i < n; i++) {
            String line = lines.get(i);
            text[i] = LineText.of(line == null ? "" : line);
            match[i] = matcher.match(text[i]);
            if (match[i] != null && match[i].strong()) {
                remove(i, match[i].kind(), match[i].rule().toString());
            }
        }
    }

    int size() {
        return text.length;
    }

    boolean blank(int i) {
        return text[i].blank();
    }

    boolean removed(int i) {
        return kind[i] != null;
    }

    String kind(int i) {
        return kind[i];
    }

    void remove(int i, String k, String reason) {
        kind[i] = k;
        why[i] = reason;
    }

    void keep(int i) {
        kind[i] = null;
        why[i] = null;
    }

    /** Next non-blank line after i, or size() if none. */
    int next(int i) {
        int j = i + 1;
        while (j < text.length && text[j].blank()) {
            j++;
        }
        return j;
    }

    /** Previous non-blank line before i, or -1 if none. */
    int previous(int i) {
        int j = i - 1;
        while (j >= 0 && text[j].blank()) {
            j--;
        }
        return j;
    }

    List<ChromeFilter.Verdict> verdicts() {
        List<ChromeFilter.Verdict> out = new ArrayList<>(text.length);
        for (int i = 0; i < text.length; i++) {
            out.add(new ChromeFilter.Verdict(text[i].raw(), kind[i], why[i]));
        }
        return out;
    }
}
