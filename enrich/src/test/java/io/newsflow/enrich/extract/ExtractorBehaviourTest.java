package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Small pages that pin down one behaviour each. */
class ExtractorBehaviourTest {
    private final Extractor extractor = Extractor.withDefaults();

    private static final String P1 =
            "The council voted on Tuesday to expand the bus network, adding three new lines that will connect the northern suburbs with the city centre, officials said.";
    private static final String P2 =
            "Construction is expected to begin next spring, and the first line should open within two years, according to the transport department, which will fund most of the work.";
    private static final String P3 =
            "Residents who attended the meeting welcomed the decision, although several asked for more frequent service in the evenings and at weekends, when buses are rare.";

    private ExtractedArticle extract(String body) throws ExtractionException {
        return extractor.extract(PageInput.html(
                "https://news.example.org/a/1",
                "<html><head><title>Council expands bus network | Example News</title></head><body>" + body
                        + "</body></html>"));
    }

    private static String article(String inner) {
        return "<nav><ul><li><a href=/>Home</a></li><li><a href=/world>World</a></li><li><a href=/sport>Sport</a></li></ul></nav>"
                + "<article><h1>Council expands bus network</h1><p>" + P1 + "</p>" + inner + "<p>" + P2 + "</p><p>" + P3
                + "</p></article>"
                + "<footer><p>© Example News. All rights reserved. Contact us at the newsroom.</p></footer>";
    }

    @Test
    void separatesParagraphsWithBlankLineAndLeavesOutTitle() throws Exception {
        ExtractedArticle a = extract(article(""));
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
        assertThat(a.title()).isEqualTo("Council expands bus network");
    }

    @Test
    void keepsParagraphWhoseWrapperClassSaysWhatItLacks() throws Exception {
        // "no_caption" / "has-ads" are state modifiers: the word "caption" or "ads" in them says nothing about the
        // element.
        String lead =
                "The mother of a student who died after taking pills bought online described how quickly her daughter fell ill, and urged others to stay away from them.";
        ExtractedArticle a = extract(article(
                "<div class=\"list_item list_item_image no_caption\"><img src=/a.jpg><p>" + lead + "</p></div>"));
        assertThat(a.text()).contains(lead).contains(P3);
        ExtractedArticle b =
                extract(article("<div class=\"list_item caption\"><img src=/a.jpg><p>" + lead + "</p></div>"));
        assertThat(b.text())
                .as("a real caption class still weighs against it")
                .doesNotContain(lead)
                .contains(P3);
    }

    @Test
    void dropsNavigationAndFooter() throws Exception {
        ExtractedArticle a = extract(article(""));
        assertThat(a.text()).doesNotContain("Home").doesNotContain("All rights reserved");
        assertThat(a.removed().keySet()).as("counted by kind").containsAnyOf("page-chrome", "navigation", "footer");
    }

    @Test
    void keepsListsInsideArticle() throws Exception {
        ExtractedArticle a =
                extract(article("<ul><li>Line 12 to the airport</li><li>Line 14 to the university</li></ul>"));
        assertThat(a.text()).contains("Line 12 to the airport").contains("Line 14 to the university");
        assertThat(a.html()).contains("<ul><li>Line 12 to the airport</li>");
    }

    @Test
    void keepsSectionHeadingsThatLinkToTheirOwnAnchor() throws Exception {
        ExtractedArticle a = extract(article("<h2 id=what><a class=toclink href=#what>What changes for riders</a></h2>"
                + "<h2><a href=/world/other-story>Another story entirely</a></h2>"));
        assertThat(a.text()).contains("What changes for riders");
        assertThat(a.text())
                .as("a heading that leads off the page is still a link line")
                .doesNotContain("Another story entirely");
    }

    @Test
    void leavesOutAClosedPopupDialogEvenWhenItHoldsMoreProse() throws Exception {
        String popup =
                "The training programme lasts forty-four weeks, and cadets spend most of it in the hills, where the old garrison stood. ";
        ExtractedArticle a = extract(article("")
                + "<div class=\"pum pum-overlay\" role=\"dialog\" aria-hidden=\"true\"><div class=\"pum-content\">"
                + ("<p>" + popup.repeat(3) + "</p>").repeat(5) + "</div></div>");
        assertThat(a.text()).contains(P1).contains(P3).doesNotContain("forty-four weeks");
        ExtractedArticle b = extract(article("<span aria-hidden=\"true\">Line 12 opens in spring.</span>"));
        assertThat(b.text()).as("aria-hidden without a widget role stays").contains("Line 12 opens in spring.");
    }

    @Test
    void keepsTheArticleWhenItsWrapperIsNamedForWhereItSits() throws Exception {
        // The disclosure is long enough that a page without the article would not be retried leniently.
        String disclosure = "<section class=\"disclosure\"><p>"
                + "Some of the offers on this page come from partners, and we may be paid when you follow a link to them. "
                        .repeat(3)
                + "</p></section>";
        String p4 =
                "The opposition said the plan came too late for the eastern districts, where the last new line opened more than twenty years ago.";
        ExtractedArticle a = extract(disclosure + "<div class=\"above-footer\"><div class=\"post\"><p>" + P1 + "</p><p>"
                + P2 + "</p><p>" + P3 + "</p><p>" + p4 + "</p></div></div>");
        assertThat(a.text()).contains(P1).contains(P2).contains(P3).contains(p4);
        ExtractedArticle b = extract(
                article("")
                        + "<div class=\"above-footer\"><p>Newsletter: the week's transport news in your inbox every Friday, free of charge.</p></div>");
        assertThat(b.text()).as("a small box with that name still goes").doesNotContain("Newsletter");
    }

    @Test
    void takesInALeadThatSitsInAHeaderBranchOfItsOwn() throws Exception {
        // Short enough (under 100 characters of paragraph) not to join as a sibling of the body's wrapper.
        String lead = "Three new bus lines will link the northern suburbs with the centre by 2027, the council says.";
        StringBuilder body = new StringBuilder();
        for (String p : new String[] {P1, P2, P3})
            for (int i = 1; i <= 3; i++)
                body.append("<p>").append(p.replace("said", "said (" + i + ")")).append("</p>");
        ExtractedArticle a = extract("<div id=page><div class=top><div class=intro><p>" + lead + "</p></div></div>"
                + "<div class=main><div class=copy>" + body + "</div></div></div>");
        assertThat(a.text()).startsWith(lead).contains(P3.replace("said", "said (3)"));
    }

    @Test
    void takesTheRestOfTheStoryFromAReadMoreWrapper() throws Exception {
        // The body's first paragraphs sit before a "read more" toggle that wraps the rest of the story.
        String lead =
                "A new bus network for the northern suburbs was approved last night after a debate that lasted more than five hours.";
        StringBuilder rest = new StringBuilder();
        for (String p : new String[] {P2, P3})
            for (int i = 1; i <= 5; i++)
                rest.append("<p>").append(p.replace(",", " (" + i + "),")).append("</p>");
        ExtractedArticle a = extract(
                "<div id=story><div class=story-body><div class=story-intro><p>" + lead + "</p></div><p>" + P1
                        + "</p><p>" + P1.replace("said", "said on Wednesday") + "</p>"
                        + "<div id=read-more><div id=read-more-content>" + rest
                        + "</div><a href=#more>Read more</a></div></div>"
                        + "<div class=group><p><a href=/a/2>Other opinion</a> A column about the budget, parking and taxes.</p></div></div>");
        assertThat(a.text()).startsWith(lead).contains(P1).contains(P3.replace(",", " (5),"));
        ExtractedArticle b = extract(
                article("")
                        + "<div class=read-more><p>Read more: how the city plans its bus lines, and who decides on them.</p></div>");
        assertThat(b.text()).as("a small read-more box still goes").doesNotContain("Read more:");
    }

    @Test
    void judgesAWrapperOfListItemsAsTheListItHolds() throws Exception {
        // Each item has a "learn more" link: a third of the text is links, too much for a div, fine for a list.
        StringBuilder items = new StringBuilder();
        for (String line : new String[] {"Line 12", "Line 14", "Line 16"}) {
            items.append("<li><h3>")
                    .append(line)
                    .append("</h3><p>")
                    .append(line)
                    .append(" runs every ten minutes and stops at the market.</p>")
                    .append("<a href=/lines/")
                    .append(line.substring(5))
                    .append(">Learn more about ")
                    .append(line)
                    .append("</a></li>");
        }
        ExtractedArticle a = extract(article("<div class=lines><ul>" + items + "</ul></div>"));
        assertThat(a.text())
                .contains("Line 14 runs every ten minutes")
                .contains("Learn more about Line 16")
                .contains(P3);
        ExtractedArticle b = extract(article(
                "<div class=links><ul><li><a href=/a/2>Bus fares rise in May</a></li><li><a href=/a/3>New night buses</a></li>"
                        + "<li><a href=/a/4>Tram works on the ring road</a></li></ul></div>"));
        assertThat(b.text())
                .as("a list of links still goes")
                .doesNotContain("Bus fares rise")
                .contains(P3);
    }

    @Test
    void keepsHeadingsQuotesAndTablesInsideArticle() throws Exception {
        ExtractedArticle a = extract(
                article(
                        "<h2>What changes</h2><blockquote><p>This is a good day for the city, the mayor said.</p></blockquote>"
                                + "<table><tr><th>Line</th><th>Opens</th></tr><tr><td>Line 12, airport</td><td>spring 2026</td></tr><tr><td>Line 14, university</td><td>autumn 2027</td></tr></table>"));
        assertThat(a.text())
                .contains("What changes")
                .contains("This is a good day for the city")
                .contains("Line 14")
                .contains("2027");
        assertThat(a.html()).contains("<h2>What changes</h2>").contains("<blockquote>");
    }

    @Test
    void dropsRelatedLinks() throws Exception {
        ExtractedArticle a = extract(
                article(
                        "<div class=\"related-articles\"><h3>Related</h3><ul>"
                                + "<li><a href=/x>Tram plans shelved after cost overrun</a></li><li><a href=/y>Cycle lanes to double by 2030</a></li></ul></div>"
                                + "<ul><li><a href=/z>Most read: Ferry strike ends after five days of talks</a></li><li><a href=/w>Airport train delayed again</a></li></ul>"));
        assertThat(a.text())
                .doesNotContain("Tram plans shelved")
                .doesNotContain("Ferry strike")
                .contains(P2);
    }

    @Test
    void dropsShareBarNewsletterBoxAndComments() throws Exception {
        ExtractedArticle a = extract(
                article(
                                "<div class=\"share-bar\"><a href=#>Share on Facebook</a><a href=#>Tweet</a></div>"
                                        + "<div class=\"newsletter-signup\"><p>Sign up for our morning briefing and get the news first, every day of the week.</p></div>")
                        + "<section id=\"comments\"><p>First comment here, I disagree with the council and I think the buses are a waste of money.</p></section>");
        assertThat(a.text())
                .doesNotContain("Share on Facebook")
                .doesNotContain("morning briefing")
                .doesNotContain("First comment");
    }

    @Test
    void dropsCreditOnlyCaptions() throws Exception {
        ExtractedArticle a =
                extract(article("<figure><img src=bus.jpg><figcaption>Photo: Jane Doe/Reuters</figcaption></figure>"));
        assertThat(a.text()).doesNotContain("Jane Doe");
        assertThat(a.removed()).containsKey("credit");
    }

    @Test
    void readsTextInDivsWithLineBreaks() throws Exception {
        ExtractedArticle a = extract("<div id=menu><a href=/>Home</a> <a href=/b>Blog</a></div><div class=post>" + P1
                + "<br><br>" + P2 + "<br><br>" + P3 + "</div>");
        assertThat(a.text()).contains(P1).contains(P2).contains(P3).doesNotContain("Blog");
        assertThat(a.text().split("\n\n")).hasSize(3);
    }

    @Test
    void prefersItemPropArticleBodyAmongSeveralArticles() throws Exception {
        String teaser =
                "<article class=teaser><p>Another story about the harbour renovation, with many details, quotes, figures, and a long summary text here.</p></article>";
        ExtractedArticle a =
                extract(teaser + "<div itemprop=articleBody><p>" + P1 + "</p><p>" + P2 + "</p></div>" + teaser);
        assertThat(a.text()).contains(P1).contains(P2).doesNotContain("harbour");
    }

    @Test
    void fallsBackToJsonLdArticleBodyWhenMarkupHasNoText() throws Exception {
        String ld =
                "<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"Council expands bus network\",\"articleBody\":\""
                        + P1 + "\\n" + P2 + "\"}</script>";
        ExtractedArticle a = extractor.extract(
                PageInput.html(null, "<html><head>" + ld + "</head><body><div id=app></div></body></html>"));
        assertThat(a.method()).isEqualTo("json-ld");
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void keepsVeryShortArticle() throws Exception {
        ExtractedArticle a = extract("<article><p>Polls close at 8 pm.</p></article>");
        assertThat(a.text()).isEqualTo("Polls close at 8 pm.");
    }

    @Test
    void readsPlainTextWithHeadlineAsTitle() throws Exception {
        ExtractedArticle a =
                extractor.extract(PageInput.text(null, "Council expands bus network\n\n" + P1 + "\n\n" + P2 + "\n"));
        assertThat(a.title()).isEqualTo("Council expands bus network");
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
        assertThat(a.method()).isEqualTo("plain-text");
    }

    @Test
    void treatsBodyWithoutMarkupAsPlainText() throws Exception {
        ExtractedArticle a = extractor.extract(
                new PageInput(null, (P1 + "\n\n" + P2).getBytes(StandardCharsets.UTF_8), "text/html", null));
        assertThat(a.method()).isEqualTo("plain-text");
        assertThat(a.text()).contains(P2);
    }

    @Test
    void rejectsBinaryBodies() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};
        assertThatThrownBy(() -> extractor.extract(new PageInput(null, png, "text/html", null)))
                .isInstanceOfSatisfying(
                        ExtractionException.class, e -> assertThat(e.kind()).isEqualTo("binary-body"));
        byte[] nul = new byte[2000];
        assertThatThrownBy(() -> extractor.extract(new PageInput(null, nul, null, null)))
                .isInstanceOfSatisfying(
                        ExtractionException.class, e -> assertThat(e.kind()).isEqualTo("binary-body"));
    }

    @Test
    void reportsEmptyArticleAsTypedError() {
        assertThatThrownBy(() -> extract("<script>var page = 1;</script><div> </div>"))
                .isInstanceOfSatisfying(
                        ExtractionException.class, e -> assertThat(e.kind()).isEqualTo("empty-article"));
    }
}
