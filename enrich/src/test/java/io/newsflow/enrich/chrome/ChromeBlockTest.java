package io.newsflow.enrich.chrome;

import static io.newsflow.enrich.chrome.Lines.PROSE_1;
import static io.newsflow.enrich.chrome.Lines.PROSE_2;
import static io.newsflow.enrich.chrome.Lines.PROSE_3;
import static io.newsflow.enrich.chrome.Lines.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The block rule on invented related boxes and sidebar feeds. */
class ChromeBlockTest {

    private final ChromeFilter filter = ChromeFilter.defaults();

    @Test
    void headerTakesTheLinkListUnderItToTheEnd() {
        assertThat(kinds(
                        filter,
                        PROSE_1,
                        "",
                        "More stories",
                        "",
                        "Bakery chain to close six shops",
                        "",
                        "Mayor names new transport chief",
                        "",
                        "Flood defences tested in drill"))
                .containsExactly("keep", "keep", "related", "keep", "related", "keep", "related", "keep", "related");
    }

    @Test
    void headerAloneGoesAloneWhenProseFollows() {
        assertThat(kinds(filter, PROSE_1, "Recommended", PROSE_2)).containsExactly("keep", "related", "keep");
    }

    @Test
    void lastHeadlineAboveProseIsGivenBackAsASubheading() {
        assertThat(kinds(
                        filter,
                        PROSE_1,
                        "You may also like",
                        "Bakery chain to close six shops",
                        "Why the buses are late",
                        PROSE_2))
                .containsExactly("keep", "related", "related", "keep", "keep");
        assertThat(kinds(filter, PROSE_1, "Related", "The money question", PROSE_2))
                .containsExactly("keep", "related", "keep", "keep");
    }

    @Test
    void questionsAndShortSentencesEndTheBlock() {
        // the shape of sample 000: a marker, then a question subheading and a short paragraph
        assertThat(kinds(
                        filter,
                        PROSE_1,
                        "Related",
                        "Will the council change its mind?",
                        "The vote is due in May.",
                        PROSE_2))
                .containsExactly("keep", "related", "keep", "keep", "keep");
    }

    @Test
    void otherChromeEndsTheBlockAndCountsAsItsOwnKind() {
        assertThat(kinds(
                        filter,
                        PROSE_1,
                        "Most read",
                        "Bakery chain to close six shops",
                        "ADVERTISEMENT",
                        "Flood defences tested in drill",
                        PROSE_2))
                .containsExactly("keep", "related", "related", "ads", "keep", "keep");
    }

    @Test
    void tooManyHeadlinesIsNotALinkList() {
        String[] lines = new String[ChromeBlock.MAX_HEADLINES + 4];
        lines[0] = "Related";
        for (int i = 1; i < lines.length; i++) {
            lines[i] = "Short list item number " + i;
        }
        var k = kinds(filter, lines);
        assertThat(k.subList(1, ChromeBlock.MAX_HEADLINES)).containsOnly("related");
        assertThat(k.get(lines.length - 1)).isEqualTo("keep");
    }

    @Test
    void feedUnderAHeaderTakesStampsHeadlinesAndSummaries() {
        assertThat(kinds(
                        filter,
                        PROSE_1,
                        "Latest news",
                        "2 hours ago",
                        "Port strike ends after pay deal.",
                        PROSE_2,
                        "Mar 3, 2024",
                        "Rail line reopens after storm.",
                        PROSE_3))
                .containsExactly("keep", "sidebar", "sidebar", "sidebar", "sidebar", "sidebar", "sidebar", "sidebar");
    }

    @Test
    void feedSummaryIsTakenOnlyWhenTheFeedGoesOn() {
        // the last item's headline goes; the prose after it is the article resuming
        assertThat(kinds(filter, "Just in", "10:15", "Port strike ends after pay deal", PROSE_1, PROSE_2))
                .containsExactly("sidebar", "sidebar", "sidebar", "keep", "keep");
        // a stamp followed straight by prose takes nothing
        assertThat(kinds(filter, "Just in", "10:15", PROSE_1)).containsExactly("sidebar", "sidebar", "keep");
    }

    @Test
    void stampsWithoutAFeedHeadingAreKept() {
        // an article's own timeline or a live blog: dates and times between paragraphs
        assertThat(kinds(
                        filter,
                        PROSE_1,
                        "7 May 1856",
                        "Self-government granted",
                        "26 September 1907",
                        "Dominion status",
                        PROSE_2))
                .containsOnly("keep");
        assertThat(kinds(filter, "10:32 AM", PROSE_1, "11:05 AM", PROSE_2)).containsOnly("keep");
    }
}
