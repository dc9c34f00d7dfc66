package io.newsflow.enrich.keywords;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Key phrases (people, places, organisations, themes) of one article by a YAKE-style statistic over the
 * text alone: no model, no corpus. Candidates are 1-3 word runs without punctuation inside and without
 * stopwords at their edges; a phrase scores the product of its words' scores over its frequency. Names
 * (multi-word, capitalised) are preferred, and a surname or given name that a full name already covers
 * ("Putin", "Xi") is folded into it ("Vladimir Putin", "Xi Jinping"). Stateless and thread-safe.
 */
public final class KeyphraseExtractor {

    private static final int MAX_WORDS = 3;
    // An article's key phrases show in its first ~3,000 words; longer texts (live blogs) cost without telling more.
    private static final int MAX_CHARS = 20_000;
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "de", "del", "der", "des", "du", "la", "le", "van", "von", "da", "di", "al", "el", "bin");
    // A multi-word name is what a reader scans keywords for; halving its score lets names lead.
    private static final double NAME_BONUS = 0.5;
    // A lone common word ("visit", "help") is the weakest key phrase; it must be much more frequent to lead.
    private static final double COMMON_WORD_PENALTY = 2.0;

    private record Candidate(
            List<String> words,
            String key,
            List<List<Tokens.Token>> occurrences,
            int cased,
            List<Integer> starts,
            double score) {
        int tf() {
            return occurrences.size();
        }

        /** The most common spelling; only asked of the few chosen phrases, so counted only then. */
        String surface() {
            Map<String, Integer> surfaces = new HashMap<>();
            for (List<Tokens.Token> run : occurrences) {
                surfaces.merge(join(run, Tokens.Token::surface), 1, Integer::sum);
            }
            return surfaces.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
        }
    }

    /** Where one candidate phrase occurs: its token runs and their start positions. */
    private record Occurrences(List<List<Tokens.Token>> runs, List<Integer> starts) {
        Occurrences() {
            this(new ArrayList<>(), new ArrayList<>());
        }
    }

    /** Up to {@code max} key phrases of title + text, best first, in their most common spelling. */
    public List<String> extract(String title, String text, String language, int max) {
        String all = (title == null || title.isBlank() ? "" : title.strip() + ".\n")
                + withoutRepeatedLines(
                        text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Set<String> stop = Stopwords.forLanguage(language);
        List<Tokens.Token> tokens = Tokens.of(all);
        TermStats stats = new TermStats(tokens, stop);

        // Word-level tests once per token, not once per run that contains it.
        boolean[] edge = new boolean[tokens.size()];
        for (int i = 0; i < edge.length; i++) {
            edge[i] = usableEdge(tokens.get(i), stop);
        }
        Map<String, Occurrences> occurrences = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!edge[i]) {
                continue;
            }
            for (int n = 1; n <= MAX_WORDS && i + n <= tokens.size(); n++) {
                List<Tokens.Token> run = tokens.subList(i, i + n);
                if (run.get(n - 1).chunk() != run.get(0).chunk()) {
                    break;
                }
                if (edge[i + n - 1] && usableInside(run, stop) && uniformCase(run, stop)) {
                    String key = n == 1 ? run.get(0).lower() : join(run, Tokens.Token::lower);
                    Occurrences occ = occurrences.computeIfAbsent(key, k -> new Occurrences());
                    occ.runs().add(run);
                    occ.starts().add(i);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>(occurrences.size());
        occurrences.forEach((key, occ) -> candidates.add(score(key, occ.runs(), occ.starts(), stats)));
        candidates.sort(Comparator.comparingDouble(Candidate::score));
        return select(candidates, max);
    }

    /**
     * Short lines that recur verbatim ("Subscribe", "Oops! Something went wrong.") are widgets left by
     * extraction, not content; counted, they would outvote the story's own names.
     */
    static String withoutRepeatedLines(String text) {
        Map<String, Integer> counts = new HashMap<>();
        List<String> lines = text.lines().map(String::strip).toList();
        lines.forEach(l -> counts.merge(l, 1, Integer::sum));
        StringBuilder sb = new StringBuilder();
        for (String l : lines) {
            if (counts.get(l) < 2 || l.split("\\s+").length >= 12) {
                sb.append(l).append('\n');
            }
        }
        return sb.toString();
    }

    private static String join(List<Tokens.Token> run, Function<Tokens.Token, String> form) {
        StringBuilder sb = new StringBuilder();
        for (Tokens.Token t : run) {
            sb.append(sb.length() == 0 ? "" : " ").append(form.apply(t));
        }
        return sb.toString();
    }

    private static boolean usableEdge(Tokens.Token t, Set<String> stop) {
        String w = t.lower();
        return w.length() > 1 && !allDigits(w) && !stop.contains(w);
    }

    private static boolean allDigits(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isDigit(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Inside a phrase only connectors may be stopwords ("Bank of England"); "and" or a title inside
     * glues two names together ("Putin and Xi", "Russian President Vladimir").
     */
    private static boolean usableInside(List<Tokens.Token> run, Set<String> stop) {
        for (int i = 1; i < run.size() - 1; i++) {
            String w = run.get(i).lower();
            if (stop.contains(w) && !CONNECTORS.contains(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase is a name (every word capitalised) or a theme (none is); a mix is usually a name plus a
     * verb or a common word ("Putin visited Xi"). A capital that opens the sentence says nothing.
     */
    private static boolean uniformCase(List<Tokens.Token> run, Set<String> stop) {
        int upper = 0;
        int lower = 0;
        for (int i = 0; i < run.size(); i++) {
            Tokens.Token t = run.get(i);
            if (stop.contains(t.lower()) || (i == 0 && t.sentenceStart())) {
                continue;
            }
            if (t.capitalised()) {
                upper++;
            } else {
                lower++;
            }
        }
        return upper == 0 || lower == 0;
    }

    private static Candidate score(String key, List<List<Tokens.Token>> occ, List<Integer> starts, TermStats stats) {
        List<Tokens.Token> first = occ.get(0);
        List<String> words = new ArrayList<>(first.size());
        double prod = 1;
        double sum = 0;
        for (Tokens.Token t : first) {
            words.add(t.lower());
            Double s = stats.score(t.lower());
            if (s != null) {
                prod *= s;
                sum += s;
            }
        }
        int cased = 0;
        for (List<Tokens.Token> run : occ) {
            boolean edgesCased =
                    run.get(0).capitalised() && run.get(run.size() - 1).capitalised();
            cased += edgesCased ? 1 : 0;
        }
        double score = prod / (occ.size() * (1 + sum));
        boolean capitalised = cased * 2 > occ.size();
        if (capitalised && words.size() > 1) {
            score *= NAME_BONUS;
        } else if (!capitalised && words.size() == 1) {
            score *= COMMON_WORD_PENALTY;
        }
        return new Candidate(List.copyOf(words), key, occ, cased, starts, score);
    }

    /** Best first, skipping phrases inside a chosen one; a full name replaces the bare surname chosen before. */
    private static List<String> select(List<Candidate> ranked, int max) {
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : ranked) {
            if (chosen.size() >= max) {
                break;
            }
            boolean skip = false;
            for (int i = 0; i < chosen.size() && !skip; i++) {
                Candidate s = chosen.get(i);
                if (contains(s.words(), c.words())) {
                    skip = true;
                } else if (contains(c.words(), s.words())) {
                    skip = true;
                    if (introduces(c, s) && chosen.stream().noneMatch(o -> contains(o.words(), c.words()))) {
                        chosen.set(i, c);
                    }
                }
            }
            if (!skip) {
                chosen.add(c);
            }
        }
        return chosen.stream().map(Candidate::surface).distinct().toList();
    }

    /**
     * News names a person or body in full once, early, then by one word: "Xi Jinping", then "Xi". So a
     * chosen single word is replaced by the capitalised name that starts or ends with it if the name
     * is where the word first or second appears (the headline may use the short form first).
     */
    private static boolean introduces(Candidate name, Candidate word) {
        if (word.words().size() != 1 || name.cased() * 2 <= name.tf()) {
            return false;
        }
        int offset = name.words().get(0).equals(word.key())
                ? 0
                : name.words().get(name.words().size() - 1).equals(word.key())
                        ? name.words().size() - 1
                        : -1;
        if (offset < 0) {
            return false;
        }
        int early = word.starts().get(Math.min(1, word.starts().size() - 1));
        return name.starts().get(0) + offset <= early;
    }

    private static boolean contains(List<String> outer, List<String> inner) {
        return Collections.indexOfSubList(outer, inner) >= 0;
    }
}
