package io.newsflow.enrich.chrome;

import java.util.ArrayList;
import java.util.List;

/** Small helpers for tests that write their own invented chrome around invented prose. */
final class Lines {

    /** Article prose: long, sentence-punctuated, no chrome words. */
    static final String PROSE_1 = "The city council voted on Tuesday to extend the night bus service to the harbour"
            + " district, after residents complained for two years about the lack of late connections.";

    static final String PROSE_2 = "Officials said the new routes would start in September and cost about 2 million"
            + " euros a year, paid for by a small rise in parking fees across the centre.";
    static final String PROSE_3 = "Opposition members argued that the money would be better spent on repairing the"
            + " existing fleet, much of which is more than fifteen years old and breaks down often.";

    private Lines() {}

    /** The kind each line was removed as, or "keep", line by line. */
    static List<String> kinds(ChromeFilter filter, String... lines) {
        List<String> out = new ArrayList<>();
        for (ChromeFilter.Verdict v : filter.judge(List.of(lines))) {
            out.add(v.removed() ? v.kind() : "keep");
        }
        return out;
    }

    /** The kind a single line gets when it sits between two prose paragraphs. */
    static String kindBetweenProse(ChromeFilter filter, String line) {
        return kinds(filter, PROSE_1, line, PROSE_2).get(1);
    }
}
