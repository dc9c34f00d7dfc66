package io.newsflow.app.local;

import io.newsflow.schema.Article;
import io.newsflow.schema.Topic;
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** A short readable table of clean articles for the terminal. */
public final class ArticleTable {

    private static final String FORMAT = "%-48s  %-22s  %6s  %-16s  %s%n";

    private ArticleTable() {}

    public static void print(List<Article> articles, PrintStream out) {
        out.printf(FORMAT, "TITLE", "SITE", "WORDS", "TOPICS", "CHROME REMOVED");
        for (Article a : articles) {
            out.printf(
                    FORMAT,
                    cut(a.getTitle(), 48),
                    cut(a.getSite(), 22),
                    a.getWordCount(),
                    cut(a.getTopics().stream().map(Topic::getLabel).collect(Collectors.joining(",")), 16),
                    removed(a));
        }
    }

    static String removed(Article a) {
        if (a.getRemoved().isEmpty()) {
            return "-";
        }
        return a.getRemoved().entrySet().stream()
                .sorted((x, y) -> Integer.compare(y.getValue(), x.getValue()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String cut(String s, int width) {
        if (s == null || s.isBlank()) {
            return "-";
        }
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() <= width ? one : one.substring(0, width - 1) + "…";
    }
}
