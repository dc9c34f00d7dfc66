package io.newsflow.enrich.metadata;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Authors named in the visible page: rel=author links, itemprop=author, and byline/author blocks. */
final class Bylines {
    private static final Pattern PREFIX =
            Pattern.compile("^(?i)(by|von|par|por|door|di|da|af|av|autor(?:in)?|author|written by|text)\\s*:?\\s+");
    private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|&)\\s*");

    private Bylines() {}

    static List<String> visible(Document doc) {
        Set<String> names = new LinkedHashSet<>();
        for (Element e : candidates(doc)) {
            Element named = e.selectFirst("[itemprop=name]");
            String text = (named != null ? named : e).text().strip();
            if (text.isEmpty() || text.length() > 80) continue;
            for (String n : split(text)) names.add(n);
            if (names.size() >= 5) break;
        }
        return new ArrayList<>(names);
    }

    /** Byline elements in one walk: rel/itemprop author, or class containing byline/author. */
    private static List<Element> candidates(Document doc) {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            // The ancestor walk is the costly test, so it runs only on elements that look like bylines.
            if (looksLikeByline(e) && !inCommentsOrForm(e)) out.add(e);
            if (out.size() >= 20) break;
        }
        return out;
    }

    private static boolean looksLikeByline(Element e) {
        if (e.attr("rel").equalsIgnoreCase("author") || e.attr("itemprop").equalsIgnoreCase("author")) return true;
        String cls = e.className();
        if (cls.isEmpty()) return false;
        String c = cls.toLowerCase(Locale.ROOT);
        return c.contains("byline") || c.contains("author");
    }

    /**
     * Comment threads mark each commenter as "comment-author" (and the comment form's "Name *" field as
     * "comment-form-author"): they name readers, not the article's authors.
     */
    private static boolean inCommentsOrForm(Element e) {
        int hops = 0;
        for (Element a = e; a != null && hops++ < 60; a = a.parent()) {
            if (a.normalName().equals("form")) return true;
            String names = (a.className() + " " + a.id()).toLowerCase(Locale.ROOT);
            if (names.contains("comment") || names.contains("respond") || names.contains("discussion")) return true;
        }
        return false;
    }

    /** Names from a line that is a byline and nothing else ("By Ann Lee and Bo Wu"); empty when it is not one. */
    static List<String> fromLine(String line) {
        String s = line.strip();
        if (!PREFIX.matcher(s).find() || s.split("\\s+").length > 12 || s.matches(".*[.!?]$")) return List.of();
        List<String> names = split(s);
        for (String n : names) {
            if (!Character.isUpperCase(n.codePointAt(0))) return List.of();
        }
        return names;
    }

    static List<String> split(String byline) {
        List<String> out = new ArrayList<>();
        String s = PREFIX.matcher(byline.strip()).replaceFirst("");
        for (String part : SPLIT.split(s)) {
            String p = part.strip();
            int words = p.isEmpty() ? 0 : p.split("\\s+").length;
            // Names are 1 to 5 words without digits; longer strings are sentences or datelines.
            if (words >= 1 && words <= 5 && !p.matches(".*\\d.*") && !p.startsWith("http")) out.add(p);
        }
        return out;
    }
}
