package io.newsflow.enrich.chrome;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Removes site chrome (navigation, promos, comment forms, newsletter pleas, ...) from text lines,
 * and hands the DOM extractor the CSS selectors of the same kinds. Rules are data files per kind.
 *
 * <p>The rules live in {@code io/newsflow/enrich/chrome/}: {@code kinds.index} lists the kinds, and
 * each kind has a {@code <kind>.rules} file (format in {@code RuleFile}). Each line is first judged
 * on its own by those rules, then in context: blocks under a header ({@code ChromeBlock}), pleas and
 * forms by their neighbours ({@code ChromeNeighbours}), junk trailing the end ({@code ChromeTail}).
 * Every context rule stops at a line that reads as article prose, because losing a paragraph is
 * worse than keeping a promo.
 *
 * <p>Built once and immutable: safe to share between threads.
 */
public final class ChromeFilter {

    /** Lines kept, in order, and what was removed by kind. */
    public record Cleaned(List<String> kept, Map<String, Integer> removed) {}

    /** One line's fate, for tests and for explaining a removal: kind is null when the line is kept. */
    record Verdict(String line, String kind, String why) {
        boolean removed() {
            return kind != null;
        }
    }

    static final String RULES_DIR = "/io/newsflow/enrich/chrome/";

    private final LineMatcher matcher;
    private final Map<String, List<String>> selectors;
    private final String trailingKind;
    private final int trailingWords;
    private final Set<String> sandwichKinds;

    ChromeFilter(List<RuleFile> files) {
        this.matcher = new LineMatcher(files);
        Map<String, List<String>> sel = new LinkedHashMap<>();
        Set<String> sandwiches = new HashSet<>();
        String tailKind = null;
        int tailWords = 0;
        for (RuleFile f : files) {
            if (!f.selectors().isEmpty()) {
                sel.put(f.kind(), f.selectors());
            }
            if (f.sandwich()) {
                sandwiches.add(f.kind());
            }
            if (f.trailingJunk() > 0) {
                if (tailKind != null) {
                    throw new IllegalArgumentException(
                            "trailing-junk is claimed by both " + tailKind + " and " + f.kind());
                }
                tailKind = f.kind();
                tailWords = f.trailingJunk();
            }
        }
        this.selectors = Collections.unmodifiableMap(sel);
        this.trailingKind = tailKind;
        this.trailingWords = tailWords;
        this.sandwichKinds = Set.copyOf(sandwiches);
    }

    public static ChromeFilter defaults() {
        return Defaults.INSTANCE;
    }

    /** Loaded on first use, once: the rule files do not change while the process runs. */
    private static final class Defaults {
        static final ChromeFilter INSTANCE = new ChromeFilter(loadRuleFiles());
    }

    /**
     * The lines that are not chrome, in order, and how many were removed by kind. Blank lines are
     * paragraph breaks, not chrome: they are kept, except that a run left behind by removed chrome
     * folds to one and none lead or trail; they are never counted. A null line counts as blank.
     */
    public Cleaned cleanLines(List<String> lines) {
        List<Verdict> verdicts = judge(lines);
        List<String> kept = new ArrayList<>(verdicts.size());
        Map<String, Integer> removed = new TreeMap<>();
        for (Verdict v : verdicts) {
            if (v.removed()) {
                removed.merge(v.kind(), 1, Integer::sum);
            } else if (!v.line().isBlank()) {
                kept.add(v.line());
            } else if (!kept.isEmpty() && !kept.get(kept.size() - 1).isBlank()) {
                // one blank line keeps paragraphs apart; runs left behind by removed chrome are folded
                kept.add(v.line());
            }
        }
        if (!kept.isEmpty() && kept.get(kept.size() - 1).isBlank()) {
            kept.remove(kept.size() - 1);
        }
        return new Cleaned(Collections.unmodifiableList(kept), Collections.unmodifiableMap(removed));
    }

    /**
     * The chrome kind of each line, or null for a line the rules keep (blank lines are null too): what
     * a reader needs that judges lines before joining them into paragraphs.
     */
    public String[] kinds(List<String> lines) {
        List<Verdict> verdicts = judge(lines);
        String[] out = new String[verdicts.size()];
        for (int i = 0; i < out.length; i++) out[i] = verdicts.get(i).kind();
        return out;
    }

    /** CSS selectors by chrome kind, for removing chrome from a DOM before scoring. */
    public Map<String, List<String>> selectors() {
        return selectors;
    }

    /** Every line with its verdict and the reason for it. */
    List<Verdict> judge(List<String> lines) {
        Judgement j = new Judgement(lines, matcher);
        ChromeBlock.apply(j);
        ChromeNeighbours.apply(j, sandwichKinds);
        if (trailingKind != null) {
            ChromeTail.apply(j, trailingKind, trailingWords);
        }
        return j.verdicts();
    }

    static List<RuleFile> loadRuleFiles() {
        List<RuleFile> files = new ArrayList<>();
        for (String kind : readLines("kinds.index")) {
            String k = kind.strip();
            if (!k.isEmpty() && !k.startsWith("#")) {
                files.add(RuleFile.parse(k, k + ".rules", readLines(k + ".rules")));
            }
        }
        return files;
    }

    private static List<String> readLines(String name) {
        try (InputStream in = ChromeFilter.class.getResourceAsStream(RULES_DIR + name)) {
            if (in == null) {
                throw new IllegalStateException("chrome rule resource missing: " + RULES_DIR + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read chrome rules " + name, e);
        }
    }
}
