package io.newsflow.enrich.chrome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The rule file format, and that the shipped rule files load and fit together. */
class RuleFileTest {

    @Test
    void parsesEveryDirective() {
        RuleFile f = RuleFile.parse(
                "demo",
                "demo.rules",
                List.of(
                        "# a comment",
                        "",
                        "phrase: Leave a Reply!",
                        "header: Editors’ Picks",
                        "prefix: Skip  to",
                        "pattern: video: .{1,50}",
                        "term: fund our mission",
                        "timestamp: \\d{1,2}:\\d{2}",
                        "selector: .comment-respond",
                        "min-terms: 3",
                        "trailing-junk: 2",
                        "sandwich: yes"));
        assertThat(f.rules())
                .extracting(ChromeRule::type, ChromeRule::text)
                .containsExactly(
                        Tuple.tuple(ChromeRule.Type.PHRASE, "leave a reply"),
                        Tuple.tuple(ChromeRule.Type.HEADER, "editors picks"),
                        Tuple.tuple(ChromeRule.Type.PREFIX, "skip to"),
                        Tuple.tuple(ChromeRule.Type.PATTERN, "video: .{1,50}"),
                        Tuple.tuple(ChromeRule.Type.TERM, "fund our mission"),
                        Tuple.tuple(ChromeRule.Type.TIMESTAMP, "\\d{1,2}:\\d{2}"));
        assertThat(f.selectors()).containsExactly(".comment-respond");
        assertThat(f.minTerms()).isEqualTo(3);
        assertThat(f.trailingJunk()).isEqualTo(2);
        assertThat(f.sandwich()).isTrue();
        assertThat(f.rules().get(0).origin()).isEqualTo("demo.rules:3");
    }

    @Test
    void badLinesFailAtLoadNamingFileAndLine() {
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("phrase: ok", "leave a reply")))
                .hasMessageContaining("k.rules:2");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("sentence: leave a reply")))
                .hasMessageContaining("unknown directive");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("pattern: (unclosed")))
                .hasMessageContaining("bad regex");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("pattern: (?i)video: .{1,9}")))
                .hasMessageContaining("scoped flags");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("pattern: (a)\\1")))
                .hasMessageContaining("back references");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("selector: div[[")))
                .hasMessageContaining("bad CSS selector");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("phrase: ***")))
                .hasMessageContaining("no letters");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("min-terms: zero")))
                .hasMessageContaining("positive number");
        assertThatThrownBy(() -> RuleFile.parse("k", "k.rules", List.of("sandwich: maybe")))
                .hasMessageContaining("yes or no");
    }

    @Test
    void patternsOfAllKindsKeepFileOrderWhenRunTogether() {
        RuleFile a = RuleFile.parse("a", "a.rules", List.of("pattern: (?-i:[A-Z]{2,4}): .{1,40}", "pattern: x{1,3}"));
        RuleFile b = RuleFile.parse("b", "b.rules", List.of("pattern: (nyt|wsj): (.{1,40})"));
        ChromeFilter f = new ChromeFilter(List.of(a, b));
        assertThat(f.judge(List.of("WSJ: markets fall", "wsj: markets fall", "xx", "WSJ")))
                .extracting(ChromeFilter.Verdict::kind)
                .containsExactly("a", "b", "a", null);
    }

    @Test
    void aPhraseBelongsToOneKindOnly() {
        RuleFile a = RuleFile.parse("a", "a.rules", List.of("phrase: subscribe"));
        RuleFile b = RuleFile.parse("b", "b.rules", List.of("header: Subscribe!"));
        assertThatThrownBy(() -> new ChromeFilter(List.of(a, b)))
                .hasMessageContaining("b.rules:1")
                .hasMessageContaining("a.rules:1");
    }

    @Test
    void aNewKindIsJustData() {
        RuleFile podcast = RuleFile.parse(
                "podcast",
                "podcast.rules",
                List.of("phrase: subscribe on apple podcasts", "selector: .podcast-player"));
        ChromeFilter f = new ChromeFilter(List.of(podcast));
        ChromeFilter.Cleaned c = f.cleanLines(List.of(Lines.PROSE_1, "Subscribe on Apple Podcasts"));
        assertThat(c.kept()).containsExactly(Lines.PROSE_1);
        assertThat(c.removed()).containsExactly(Map.entry("podcast", 1));
        assertThat(f.selectors()).containsEntry("podcast", List.of(".podcast-player"));
    }

    @Test
    void shippedRulesCoverEveryKindTheIssueNames() {
        List<RuleFile> files = ChromeFilter.loadRuleFiles();
        assertThat(files)
                .extracting(RuleFile::kind)
                .contains(
                        "error-widget",
                        "related",
                        "promo",
                        "comments",
                        "membership",
                        "newsletter",
                        "navigation",
                        "edit-controls",
                        "audio-widget",
                        "sidebar",
                        "payment",
                        "spam",
                        "source-stub");
        assertThat(files)
                .allSatisfy(f -> assertThat(f.rules().isEmpty() && f.trailingJunk() == 0)
                        .as(f.kind() + " has rules")
                        .isFalse());
    }

    @Test
    void shippedSelectorsWorkOnAPage() {
        ChromeFilter filter = ChromeFilter.defaults();
        assertThat(filter.selectors()).containsKeys("comments", "newsletter", "related", "sidebar", "navigation");
        assertThatThrownBy(() -> filter.selectors().put("x", List.of()))
                .isInstanceOf(UnsupportedOperationException.class);
        Document page = Jsoup.parse("<body><nav>Home</nav><article><p>Story</p></article>"
                + "<div id='respond' class='comment-respond'>Leave a Reply</div>"
                + "<aside>Latest</aside></body>");
        filter.selectors().values().stream()
                .flatMap(List::stream)
                .forEach(css -> page.select(css).remove());
        assertThat(page.body().text()).isEqualTo("Story");
    }
}
