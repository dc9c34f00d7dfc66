package io.newsflow.enrich.chrome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The filter runs on every paragraph of every article: it must stay fast on hostile input (no
 * regex may backtrack without bound), cope with odd lines, and give the same answer on any thread.
 */
class RobustnessTest {

    private final ChromeFilter filter = ChromeFilter.defaults();

    /** Fragments that drive the shipped patterns' repeats and alternations. */
    private static final String[] SEEDS = {
        "a",
        "a ",
        "1",
        "1:",
        ":",
        "a:",
        ". ",
        "visa ",
        "visa",
        "x ",
        "share on ",
        "facebook ",
        "Ab",
        "AB: ",
        "live ",
        "updates ",
        "1:11 ",
        "source ",
        "please, ",
        "success",
        "thank you for signing up ",
        "video: ",
        "listen to this article ",
        "* ",
        "- ",
        "’",
        "“",
        "\t",
        "é",
        "\u00a0",
        "2 hours ",
        "march 1, ",
    };

    @Test
    void hostileLinesStayFast() {
        List<String> lines = new ArrayList<>();
        for (String seed : SEEDS) {
            // patterns see at most MAX_PATTERN_CHARS, so that is where backtracking would bite;
            // the long lines check that normalising and term search stay linear
            for (int len :
                    new int[] {LineMatcher.MAX_PATTERN_CHARS - 1, LineMatcher.MAX_PATTERN_CHARS, 5_000, 100_000}) {
                String s = seed.repeat(len / seed.length() + 1).substring(0, len);
                lines.add(s);
                lines.add(s + "!");
                lines.add("Video: " + s);
                lines.add(s + " updates: x");
            }
        }
        // generous: the build machine is shared; a runaway regex takes hours, not seconds
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> filter.cleanLines(lines));
    }

    @Test
    void everyPatternAloneStaysFastOnItsOwnWorstLines() {
        // a line built from the pattern's own literal text, repeated to the longest a pattern sees
        for (RuleFile file : ChromeFilter.loadRuleFiles()) {
            for (ChromeRule rule : file.rules()) {
                if (rule.pattern() == null) {
                    continue;
                }
                String letters = rule.text().replaceAll("[^A-Za-z0-9 :,.'-]", " ");
                String line = letters.repeat(LineMatcher.MAX_PATTERN_CHARS / Math.max(1, letters.length()) + 1)
                        .substring(0, LineMatcher.MAX_PATTERN_CHARS);
                assertTimeoutPreemptively(
                        Duration.ofSeconds(2),
                        () -> rule.pattern().matcher(line).matches(),
                        rule::toString);
            }
        }
    }

    @Test
    void longArticlesAreLinear() {
        // 50,000 lines alternating block headers, headlines, weak plea lines and prose
        String[] cycle = {
            "Related",
            "Bakery chain to close six shops",
            "Funded by readers.",
            "Three years.",
            Lines.PROSE_1,
            "",
            "2 hours ago",
            "Subscribe",
            "name of a thing",
            Lines.PROSE_2
        };
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            lines.addAll(Arrays.asList(cycle));
        }
        List<String> blanks = new ArrayList<>(Collections.nCopies(100_000, ""));
        blanks.add("Leave a reply");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            filter.cleanLines(lines);
            filter.cleanLines(blanks);
        });
    }

    @Test
    void oddInputIsHandled() {
        assertThat(filter.cleanLines(List.of()).kept()).isEmpty();
        assertThat(filter.cleanLines(Arrays.asList("", "  ", "\t")).kept()).isEmpty();
        // a null line is a blank line: kept as the paragraph break it stands for
        assertThat(filter.cleanLines(Arrays.asList(Lines.PROSE_1, null, Lines.PROSE_2))
                        .kept())
                .containsExactly(Lines.PROSE_1, "", Lines.PROSE_2);
        assertThat(filter.cleanLines(List.of("😀 🎉", "中国国家主席习近平将于下周访问俄罗斯。")).kept())
                .containsExactly("😀 🎉", "中国国家主席习近平将于下周访问俄罗斯。");
    }

    @Test
    void sameAnswerOnEveryThread() throws Exception {
        List<String> page = List.of(
                "Skip to content",
                Lines.PROSE_1,
                "Related",
                "Bakery chain to close six shops",
                Lines.PROSE_2,
                "Leave a Reply",
                "Your email address will not be published.",
                "zz9 Spam");
        ChromeFilter.Cleaned expected = filter.cleanLines(page);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ChromeFilter.Cleaned>> results = new ArrayList<>();
            for (int i = 0; i < 400; i++) {
                results.add(pool.submit(() -> ChromeFilter.defaults().cleanLines(page)));
            }
            for (Future<ChromeFilter.Cleaned> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(ChromeFilter.defaults()).isSameAs(filter);
    }
}
