package io.newsflow.enrich.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/** Tag families the extractor reasons about. */
final class Tags {
    static final Set<String> BLOCK = Set.of(
            "p",
            "div",
            "section",
            "article",
            "main",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "li",
            "ul",
            "ol",
            "dl",
            "dt",
            "dd",
            "blockquote",
            "pre",
            "table",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "td",
            "th",
            "caption",
            "figure",
            "figcaption",
            "header",
            "footer",
            "address",
            "hr",
            "form",
            "fieldset",
            "details",
            "summary",
            "center",
            "aside",
            "nav",
            "body",
            "html",
            "hgroup",
            "menu",
            "legend",
            "dialog");
    static final Set<String> NEVER_CONTENT = Set.of(
            "script",
            "style",
            "template",
            "svg",
            "canvas",
            "iframe",
            "object",
            "embed",
            "button",
            "input",
            "select",
            "textarea",
            "option",
            "link",
            "meta",
            "head",
            "title",
            "video",
            "audio",
            "map",
            "dialog");
    static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    static final Set<String> CHROME_TAGS = Set.of("nav", "aside", "footer", "header", "menu");

    private Tags() {}

    static boolean isBlock(String tag) {
        return BLOCK.contains(tag);
    }

    /** Share of an in-page link's text that counts as link text: a jump to a section or footnote is not a way off the article. */
    static final int IN_PAGE_LINK_TENTHS = 3;

    static boolean isInPageLink(Element a) {
        String href = a.attr("href");
        return href.length() > 1 && href.charAt(0) == '#';
    }
}
