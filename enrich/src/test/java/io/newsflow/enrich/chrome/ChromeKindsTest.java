package io.newsflow.enrich.chrome;

import static io.newsflow.enrich.chrome.Lines.PROSE_1;
import static io.newsflow.enrich.chrome.Lines.PROSE_2;
import static io.newsflow.enrich.chrome.Lines.kindBetweenProse;
import static io.newsflow.enrich.chrome.Lines.kinds;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Chrome invented for sites other than the samples' (the rules must generalise, not memorise five
 * pages), one or more per kind, and article lines that look a little like chrome and must stay.
 */
class ChromeKindsTest {

    private final ChromeFilter filter = ChromeFilter.defaults();

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(
            delimiterString = "=>",
            value = {
                "Sorry, something went wrong. => error-widget",
                "An error occurred. Please try again later. => error-widget",
                "This video is unavailable => error-widget",
                "Your browser does not support the video tag. => error-widget",
                "Listen to this article · 4 min => audio-widget",
                "Narration produced by AI. => audio-widget",
                "Listen to this story => audio-widget",
                "Skip to main content => navigation",
                "Skip to the search box => navigation",
                "Back to top ↑ => navigation",
                "Sign in => navigation",
                "Create an account => navigation",
                "Follow us => navigation",
                "[Edit] => edit-controls",
                "Edit this page => edit-controls",
                "Share on Facebook => share",
                "Facebook | Twitter | LinkedIn | Email => share",
                "Copy link => share",
                "We use cookies to give you the best experience on our site. => cookie",
                "Accept all cookies => cookie",
                "ADVERTISEMENT => ads",
                "Story continues below advertisement => ads",
                "Sponsored content => ads",
                "12 Comments => comments",
                "Leave a comment => comments",
                "Name * => comments",
                "Notify me of follow-up comments by email. => comments",
                "Sign up for our daily briefing newsletter => newsletter",
                "Please enter a valid email address. => newsletter",
                "Thanks for subscribing! => newsletter",
                "You're subscribed => newsletter",
                "By signing up, you agree to our privacy policy and terms of use. => newsletter",
                "Support independent journalism and make a contribution today. => membership",
                "Already a subscriber? Sign in => membership",
                "Donate now => membership",
                "PayPal · Visa · Mastercard · Amex => payment",
                "Apple Pay / Google Pay => payment",
                "Watch: Firefighters battle a warehouse blaze in Denver => promo",
                "Election live updates: Polls close in Georgia and Ohio => promo",
                "Read also: How the central bank sets interest rates => promo",
                "AP: Storm leaves thousands without power in the Midwest => promo",
                "Source: => source-stub",
                "Sources : => source-stub",
                "Source link => source-stub",
                "© 2024 Harbour Media Group. All rights reserved. => footer",
                "Copyright 2019-2024 Example Press Ltd => footer",
                "Terms & Conditions => footer",
                "Advertise with us => footer",
            })
    void inventedChromeIsRemovedAsItsKind(String line, String kind) {
        assertThat(kindBetweenProse(filter, line)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "kept: {0}")
    @ValueSource(
            strings = {
                // chrome words inside article sentences
                "The company said something went wrong with the update, and engineers were told to try again later in the week.",
                "Visa and Mastercard reported higher fees on Tuesday as regulators in Brussels looked on with growing concern.",
                "Ukraine's bid for NATO membership, and the alliance's new members, dominated the summit in Vilnius this July.",
                "Readers can leave a reply on the forum, the editor wrote, but the paper will not publish email addresses.",
                "Share prices fell sharply after the announcement",
                // labels that introduce the article's own content
                "Video: the footage, filmed by a neighbour, shows the crowd gathering outside the station.",
                "Analysis: Jane Doe, political correspondent",
                "Source: Reuters",
                "Step 1: Install the package",
                "Q: What does the new law change?",
                "NOTE: This article was updated on Friday to correct the date of the vote.",
                // subheadings and datelines
                "What happens next?",
                "The council's plan",
                "March 21, 2023",
                "2 hours ago",
                "Subscription fees rose for the third year in a row",
                "Copyright reform",
                "Legal",
                "© Provided by Harbour Photo Agency",
                // a lone network name labels an embedded post; a lone "Learn more" is often an article's link
                "Facebook",
                "Learn more",
            })
    void articleLinesThatLookLikeChromeAreKept(String line) {
        assertThat(kindBetweenProse(filter, line)).isEqualTo("keep");
    }

    @Test
    void weakPleaLinesGoOnlyWithTheirPlea() {
        String weak = "Three decades of reporting, funded by readers.";
        String plea = "Readers like you keep our reporting free: become a supporter today.";
        assertThat(kinds(filter, PROSE_1, weak, plea, PROSE_2))
                .containsExactly("keep", "membership", "membership", "keep");
        // alone, one pitch term is not enough
        assertThat(kinds(filter, PROSE_1, weak, PROSE_2)).containsExactly("keep", "keep", "keep");
        // nor is it for an article paragraph, even right above a plea
        String paragraph = "The museum, funded by readers of the local paper in the 1950s, reopened on Saturday"
                + " after a two-year restoration of its roof and galleries.";
        assertThat(kinds(filter, PROSE_1, paragraph, plea)).containsExactly("keep", "keep", "membership");
    }

    @Test
    void aShortLineBetweenTwoFormLinesIsPartOfTheForm() {
        assertThat(kinds(filter, PROSE_1, "Enter your email address", "The Morning Brief", "Subscribe"))
                .containsExactly("keep", "newsletter", "newsletter", "newsletter");
        // ad slots sit between an article's own subheadings: ads do not sandwich
        assertThat(kinds(filter, PROSE_1, "Advertisement", "The Long Winter", "Advertisement", PROSE_2))
                .containsExactly("keep", "ads", "keep", "ads", "keep");
        // but prose between two promos stays
        assertThat(kinds(
                        filter,
                        "Watch: Crowds gather for the lantern festival",
                        PROSE_1,
                        "Watch: The mayor opens the new bridge"))
                .containsExactly("promo", "keep", "promo");
    }

    @Test
    void junkTrailingTheChromeAtTheEndIsSpam() {
        assertThat(kinds(filter, PROSE_1, PROSE_2, "Leave a comment", "Cancel reply", "xq7 BlueRiver"))
                .containsExactly("keep", "keep", "comments", "comments", "spam");
        // an article's own short last line, above the chrome, is not junk
        assertThat(kinds(filter, PROSE_1, "Reporting by Ann Lee", "Leave a comment", "xq7 BlueRiver"))
                .containsExactly("keep", "keep", "comments", "spam");
        // nor is a short line with chrome after it but article after that
        assertThat(kinds(filter, PROSE_1, "Leave a comment", "The plan", PROSE_2))
                .containsExactly("keep", "comments", "keep", "keep");
    }

    @Test
    void cleanedCountsEveryRemovalByKindAndFoldsBlankRuns() {
        ChromeFilter.Cleaned cleaned = filter.cleanLines(
                List.of("Skip to content", "", PROSE_1, "", "ADVERTISEMENT", "", PROSE_2, "", "Share", "Tweet", ""));
        assertThat(cleaned.kept()).containsExactly(PROSE_1, "", PROSE_2);
        assertThat(cleaned.removed())
                .containsOnly(Map.entry("navigation", 1), Map.entry("ads", 1), Map.entry("share", 2));
    }
}
