package io.newsflow.enrich.chrome;

import static io.newsflow.enrich.chrome.Lines.PROSE_1;
import static io.newsflow.enrich.chrome.Lines.PROSE_2;
import static io.newsflow.enrich.chrome.Lines.PROSE_3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole invented pages from kinds of site the samples do not cover, cleaned end to end. */
class InventedPagesTest {

    private final ChromeFilter filter = ChromeFilter.defaults();

    @Test
    void blogPostWithWordPressChrome() {
        ChromeFilter.Cleaned c = filter.cleanLines(List.of(
                "Skip to content",
                "Menu",
                "Search",
                "How we rebuilt the harbour ferry timetable",
                "Posted on May 2, 2024 by Ann Lee",
                "Listen to this article · 6 min",
                PROSE_1,
                "Advertisement",
                PROSE_2,
                "Read also: Ferry fares to rise in the autumn",
                PROSE_3,
                "Share this:",
                "Facebook | X | Email",
                "Related",
                "Ferry strike called off",
                "New pier opens in June",
                "Leave a Reply",
                "Cancel reply",
                "You must be logged in to post a comment.",
                "© 2024 Harbour Notes. All rights reserved.",
                "Privacy Policy",
                "xk77 casino"));
        assertThat(c.kept())
                .containsExactly(
                        "How we rebuilt the harbour ferry timetable",
                        "Posted on May 2, 2024 by Ann Lee",
                        PROSE_1,
                        PROSE_2,
                        PROSE_3);
        assertThat(c.removed())
                .containsOnly(
                        entry("navigation", 3),
                        entry("audio-widget", 1),
                        entry("ads", 1),
                        entry("promo", 1),
                        entry("share", 2),
                        entry("related", 3),
                        entry("comments", 3),
                        entry("footer", 2),
                        entry("spam", 1));
    }

    @Test
    void newsPageWithFeedNewsletterAndMostRead() {
        ChromeFilter.Cleaned c = filter.cleanLines(List.of(
                "Port workers end strike after pay deal",
                "By Sam Ortiz",
                PROSE_1,
                "Sign up for our free morning newsletter",
                "Enter your email address",
                "Sign up",
                "By signing up, you agree to our privacy policy.",
                PROSE_2,
                "Latest news",
                "12 mins ago",
                "Rail line reopens after storm",
                "1 hour ago",
                "Council delays budget vote",
                "Why the port matters",
                PROSE_3,
                "Most read",
                "Rail line reopens after storm",
                "Bakery chain to close six shops",
                "Mayor names new transport chief"));
        assertThat(c.kept())
                .containsExactly(
                        "Port workers end strike after pay deal",
                        "By Sam Ortiz",
                        PROSE_1,
                        PROSE_2,
                        // the feed's last headline is taken; the subheading above the prose is given back
                        "Why the port matters",
                        PROSE_3);
        assertThat(c.removed()).containsOnly(entry("newsletter", 4), entry("sidebar", 5), entry("related", 4));
    }
}
