package io.newsflow.enrich.extract;

import io.newsflow.enrich.chrome.ChromeSelectors;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Removes what can never be article text before scoring: scripts and widgets, hidden elements, the
 * chrome selectors of {@code ChromeFilter}, page chrome tags and elements whose class/id says
 * boilerplate. Elements that hold the article (structured hints, or most of the page's text) are kept
 * whatever their names say. Counts removals by kind.
 */
final class DomCleaner {
    private final DomHints hints;
    private final ChromeSelectors chromeSelectors;

    DomCleaner(DomHints hints, ChromeSelectors chromeSelectors) {
        this.hints = hints;
        this.chromeSelectors = chromeSelectors;
    }

    private static final Set<String> PROSE_CHROME = Set.of("comments", "cookie", "newsletter");
    private ProseShare prose;
    private static final Set<String> LISTS = Set.of("ul", "ol", "li", "dl");

    /** Paragraph text by element, computed once per page and only when a chrome selector matched. */
    private ProseShare prose(Element body) {
        if (prose == null) prose = ProseShare.of(body);
        return prose;
    }

    /** What cleaning removed, by kind, and the statistics of what is left. */
    record Cleaned(Map<String, Integer> removed, NodeStats stats) {}

    /** Cleans the document in place. */
    Cleaned clean(Document doc, boolean removeUnlikely) {
        Map<String, Integer> removed = new TreeMap<>();
        Element body = doc.body();
        List<Element> noscripts = new ArrayList<>();
        List<Node> doomed = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (node instanceof Comment) return doom(node);
                        if (node instanceof Element e && Tags.NEVER_CONTENT.contains(e.normalName())) return doom(node);
                        if (node instanceof Element e) {
                            if (e.normalName().equals("noscript")) noscripts.add(e);
                            if (isHidden(e)) {
                                count(removed, "hidden", 1);
                                return doom(node);
                            }
                        }
                        return FilterResult.CONTINUE;
                    }

                    private FilterResult doom(Node node) {
                        doomed.add(node);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                },
                body);
        Detach.all(doomed);
        noscripts.removeIf(n -> n.parent() == null);
        // <noscript> is a fallback message or pixel, except on pages whose unclosed tags pulled the whole page into it.
        if (!noscripts.isEmpty()) {
            int total = NodeStats.collapsedWholeTextLength(body);
            for (Element n : noscripts) {
                if (n.parent() != null && NodeStats.collapsedLength(n.wholeText()) * 2 < total) n.remove();
            }
        }
        NodeStats stats = NodeStats.of(body);
        Set<Element> protectedSet = protectedAncestors(body);
        int pageText = Math.max(1, stats.get(body).text);
        // A chrome selector names what chrome looks like on most sites; an element that holds the article
        // (structured hints, or most of the page's text) is kept whatever its name, like in the pass below.
        // Comment threads, cookie notices and newsletter forms are prose too: only the plain share-of-text test may
        // keep one.
        removeChrome(
                body,
                (e, kind) -> !protectedSet.contains(e)
                        && !holdsTheArticle(stats.get(e).text, pageText)
                        && (PROSE_CHROME.contains(kind) || !prose(body).holdsMost(e)),
                removed,
                stats);
        if (!removeUnlikely) return new Cleaned(removed, stats);
        final int finalTotal = Math.max(1, stats.get(body).text);
        List<Element> unlikelyDoomed = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (!(node instanceof Element e) || e == body) return FilterResult.CONTINUE;
                        String tag = e.normalName();
                        if (tag.equals("a") || tag.equals("html")) return FilterResult.CONTINUE;
                        if (protectedSet.contains(e)) return FilterResult.CONTINUE;
                        String kind = unlikelyKind(e, tag, stats.get(e).text, finalTotal, body);
                        if (kind == null) return FilterResult.CONTINUE;
                        count(removed, kind, 1);
                        unlikelyDoomed.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                },
                body);
        stats.detach(unlikelyDoomed);
        return new Cleaned(removed, stats);
    }

    /**
     * Why an element is removed as unlikely content ("page-chrome", "boilerplate", "byline"), or null when it stays.
     * {@code text} is the element's text length, {@code total} the page's.
     */
    private String unlikelyKind(Element e, String tag, int text, int total, Element body) {
        if (Tags.CHROME_TAGS.contains(tag)) return pageChromeKind(e, text, total);
        if (text * 10 > total * 9 && text > 500) return null; // nearly all the text: a wrapper, whatever its name
        String names = namedAfterItsHeading(e)
                ? DomHints.withoutStateClasses(e.className()).toLowerCase(Locale.ROOT)
                : names(e);
        if (names.isBlank()) return null;
        if (hints.soundsUnlikely(names) && !isArticleWrapper(e, tag, text, total, body)) return "boilerplate";
        if (text < 200 && hints.byline().matcher(names).find()) return "byline";
        return null;
    }

    /** A header/footer tag around most of the page is a layout wrapper, not chrome. */
    private static String pageChromeKind(Element e, int text, int total) {
        return holdsTheArticle(text, total) || isArticleHeader(e) ? null : "page-chrome";
    }

    /**
     * A wrapper named for where it sits ("above-footer") can hold the article's paragraphs; a list (gallery legends)
     * is no wrapper.
     */
    private boolean isArticleWrapper(Element e, String tag, int text, int total, Element body) {
        return text * 2 > total && !LISTS.contains(tag) && prose(body).holdsMost(e);
    }

    /** The header of an article (headline, standfirst) belongs to it; the page's header does not. */
    private static boolean isArticleHeader(Element e) {
        if (!e.normalName().equals("header")) return false;
        int hops = 0;
        for (Element a = e.parent(); a != null && hops++ < 50; a = a.parent()) {
            if (a.normalName().equals("article")) return true;
        }
        return false;
    }

    /**
     * Documentation and blog generators give each section the id of its heading ("sharing-with-a-single-developer"):
     * such an id names the text, not a widget, so words in it ("sharing", "comments") say nothing about chrome.
     */
    static boolean namedAfterItsHeading(Element e) {
        String id = e.id();
        if (id.isEmpty() || separators(id) < 2) return false; // cheap test first: this runs for every element
        String[] words = ID_SEPARATORS.split(id.toLowerCase(Locale.ROOT));
        if (words.length < 3) return false;
        Element heading = e.selectFirst(HEADINGS);
        if (heading == null) return false;
        String slug = String.join("-", NOT_WORD.split(heading.text().toLowerCase(Locale.ROOT)));
        return EDGE_DASH.matcher(slug).replaceAll("").startsWith(String.join("-", words));
    }

    private static final Evaluator HEADINGS = QueryParser.parse("h1, h2, h3, h4, h5, h6");
    // Compiled once: String.split and replaceAll compile their pattern on every call.
    private static final Pattern ID_SEPARATORS = Pattern.compile("[-_]+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASH = Pattern.compile("^-|-$");

    private static int separators(String id) {
        int n = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (c == '-' || c == '_') n++;
        }
        return n;
    }

    /** Inline-hidden elements (the [hidden] attribute or display:none / visibility:hidden styles). */
    static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        // A widget (it has an ARIA role) hidden from assistive technology is closed: a popup dialog or menu waiting for
        // a click.
        // Bare aria-hidden (Readability's rule) was measured too and moved a held-out page the wrong way: kept to
        // widgets.
        if (e.attr("aria-hidden").equals("true") && !e.attr("role").isEmpty()) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String st = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return st.contains("display:none") || st.contains("visibility:hidden");
    }

    static String names(Element e) {
        String cls = DomHints.withoutStateClasses(e.className()), id = e.id();
        if (cls.isEmpty() && id.isEmpty()) return "";
        return (cls + " " + id).toLowerCase(Locale.ROOT);
    }

    /** The elements marked as article body by structured hints, and all their ancestors. */
    private Set<Element> protectedAncestors(Element body) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element e : body.getAllElements()) {
            // <article> alone (bonus 15) also marks teaser cards; only strong hints protect.
            if (hints.contentBonus(body, e) >= 30) {
                for (Element a = e; a != null && out.add(a); a = a.parent()) {}
            }
        }
        return out;
    }

    private static boolean holdsTheArticle(int text, int total) {
        return text * 2 > total && text > 500;
    }

    /** One walk: the outermost element a chrome selector matches goes, counted under that selector's kind. */
    private void removeChrome(
            Element body, BiPredicate<Element, String> removable, Map<String, Integer> removed, NodeStats stats) {
        if (chromeSelectors.isEmpty()) return;
        List<Element> doomed = new ArrayList<>();
        NodeTraversor.filter(
                new NodeFilter() {
                    @Override
                    public FilterResult head(Node node, int depth) {
                        if (!(node instanceof Element e)) return FilterResult.SKIP_CHILDREN;
                        String kind = chromeSelectors.kindOf(body, e);
                        if (kind == null || !removable.test(e, kind)) return FilterResult.CONTINUE;
                        count(removed, kind, 1);
                        doomed.add(e);
                        return FilterResult.SKIP_ENTIRELY;
                    }
                },
                body);
        stats.detach(doomed);
    }

    private static void count(Map<String, Integer> removed, String kind, int n) {
        if (n > 0) removed.merge(kind, n, Integer::sum);
    }
}
