package io.newsflow.enrich.keywords;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "del", "der", "des", "du", "la",
            "le", "van", "von", "da", "di", "al", "el", "bin");
    // A multi-word name is what a reader scans keywords for; halving its score lets names lead.
    private static final double NAME_BONUS = 0.5;
    // A lone common word ("visit", "help") is the weakest key phrase; it must be much more frequent to lead.
    private static final double COMMON_WORD_PENALTY = 2.0;

    private record Candidate(List<String> words, String key, int tf, Map<String, Integer> surfaces,
                             int cased, List<Integer> starts, double score) {
        String surface() {
            return surfaces.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }
    }

    /** Up to {@code max} key phrases of title + text, best first, in their most common spelling. */
    public List<String> extract(String title, String text, String language, int max) {
        String all = (title == null || title.isBlank() ? "" : title.strip() + ".\n") + withoutRepeatedLines(text == null ? "" : text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        Set<String> stop = Stopwords.forLanguage(language);
        List<Tokens.Token> tokens = Tokens.of(all);
        TermStats stats = new TermStats(tokens, stop);

        Map<String, List<List<Tokens.Token>>> occurrences = new HashMap<>();
        Map<String, List<Integer>> starts = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            for (int n = 1; n <= MAX_WORDS && i + n <= tokens.size(); n++) {
                List<Tokens.Token> run = tokens.subList(i, i + n);
                if (run.get(n - 1).chunk() != run.get(0).chunk()) {
                    break;
                }
                if (usableEdge(run.get(0), stop) && usableEdge(run.get(n - 1), stop) && usableInside(run, stop)
                        && uniformCase(run, stop)) {
                    StringBuilder key = new StringBuilder();
                    run.forEach(t -> key.append(key.length() == 0 ? "" : " ").append(t.lower()));
                    occurrences.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(run);
                    starts.computeIfAbsent(key.toString(), k -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        occurrences.forEach((key, occ) -> candidates.add(score(key, occ, starts.get(key), stats)));
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

    private static boolean usableEdge(Tokens.Token t, Set<String> stop) {
        return !stop.contains(t.lower()) && t.lower().length() > 1 && !t.lower().chars().allMatch(Character::isDigit);
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
        List<String> words = List.of(key.split(" "));
        double prod = 1;
        double sum = 0;
        for (String w : words) {
            Double s = stats.score(w);
            if (s != null) {
                prod *= s;
                sum += s;
            }
        }
        Map<String, Integer> surfaces = new HashMap<>();
        int cased = 0;
        for (List<Tokens.Token> run : occ) {
            StringBuilder sb = new StringBuilder();
            run.forEach(t -> sb.append(sb.length() == 0 ? "" : " ").append(t.surface()));
            surfaces.merge(sb.toString(), 1, Integer::sum);
            boolean edgesCased = run.get(0).capitalised() && run.get(run.size() - 1).capitalised();
            cased += edgesCased ? 1 : 0;
        }
        double score = prod / (occ.size() * (1 + sum));
        boolean capitalised = cased * 2 > occ.size();
        if (capitalised && words.size() > 1) {
            score *= NAME_BONUS;
        } else if (!capitalised && words.size() == 1) {
            score *= COMMON_WORD_PENALTY;
        }
        return new Candidate(words, key, occ.size(), surfaces, cased, starts, score);
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
        int offset = name.words().get(0).equals(word.key()) ? 0
                : name.words().get(name.words().size() - 1).equals(word.key()) ? name.words().size() - 1 : -1;
        if (offset < 0) {
            return false;
        }
        int early = word.starts().get(Math.min(1, word.starts().size() - 1));
        return name.starts().get(0) + offset <= early;
    }

    private static boolean contains(List<String> outer, List<String> inner) {
        return java.util.Collections.indexOfSubList(outer, inner) >= 0;
    }
}
