package io.newsflow.enrich.keywords;

import io.newsflow.enrich.language.FunctionWords;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Key phrases (people, places, organisations, themes) of one article by a YAKE-style statistic over the
 * text alone: no model, no corpus. Candidates are 1-3 word runs (names up to 5 words) without punctuation
 * inside and without stopwords at their edges; a phrase scores the product of its words' scores over its frequency. Names
 * (multi-word, capitalised) are preferred and listed first; people's titles are no part of a name
 * ("President Xi" is "Xi"), and a surname or given name that a full name introduces ("Putin", "Xi") is
 * folded into it ("Vladimir Putin", "Xi Jinping"), which then ranks as well as the better of the two.
 * A phrase seen only on lines of page furniture (short or all-caps lines that end no sentence) comes
 * last. Tuned and measured with {@code KeyphraseEval} (test scope). Stateless and thread-safe.
 */
public final class KeyphraseExtractor {

    private static final int MAX_WORDS = 3;
    // A name runs longer than a theme: "Universidad Nacional Autónoma de México", "Goddard Space Flight Center".
    private static final int MAX_NAME_WORDS = 5;
    private static final int SHORT_ACRONYM = 3;
    // An article's key phrases show in its first ~3,000 words; longer texts (live blogs) cost without telling more.
    private static final int MAX_CHARS = 20_000;
    private static final Set<String> CONNECTORS = Set.of(
            "of", "for", "de", "del", "der", "des", "du", "la", "le", "van", "von", "da", "di", "al", "el", "bin");
    // A multi-word name is what a reader scans keywords for. 0.5 favoured names more but cost F1@10 on both
    // tuning halves of KeyphraseEval (.108/.257 against .112/.271); names are listed first anyway.
    private static final double NAME_BONUS = 0.7;
    // A lone common word ("visit", "help") is the weakest key phrase; it must be much more frequent to lead.
    private static final double COMMON_WORD_PENALTY = 2.0;
    // A phrase seen only on lines of page furniture ("Subscribe", "Read more") goes after every other one.
    private static final double FURNITURE_PENALTY = 1e6;

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

        Candidate withScore(double better) {
            return new Candidate(words, key, occurrences, cased, starts, better);
        }

        /** Written capitalised most of the times it occurs: a person, place or organisation. */
        boolean name() {
            return cased * 2 > tf();
        }

        /**
         * The most common spelling; only asked of the few chosen phrases, so counted only then. A theme
         * seen only at the start of sentences loses the capital the sentence gave it.
         */
        String surface() {
            Map<String, Integer> surfaces = new HashMap<>();
            boolean capitalisedBySentence = true;
            for (List<Tokens.Token> run : occurrences) {
                surfaces.merge(join(run, Tokens.Token::surface), 1, Integer::sum);
                Tokens.Token first = run.get(0);
                capitalisedBySentence &=
                        first.sentenceStart() && first.capitalised() && !first.headline() && !first.acronym();
            }
            String surface = surfaces.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .orElseThrow()
                    .getKey();
            return name() || !capitalisedBySentence
                    ? surface
                    : Character.toLowerCase(surface.charAt(0)) + surface.substring(1);
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
        List<Tokens.Token> tokens =
                ProperNouns.mark(Tokens.withoutElisions(Tokens.of(all), FunctionWords.elided(language)), language);
        TermStats stats = new TermStats(tokens, stop);

        Map<String, Occurrences> occurrences = occurrences(
                tokens,
                stop,
                Stopwords.titles(language),
                Stopwords.newsWords(language),
                ProperNouns.capitalisesNouns(language));
        List<Candidate> candidates = new ArrayList<>(occurrences.size());
        occurrences.forEach((key, occ) -> {
            if (!partOfLonger(key, occ, tokens, occurrences)) {
                candidates.add(score(key, occ.runs(), occ.starts(), stats));
            }
        });
        List<Candidate> ranked = foldNames(candidates);
        ranked.sort(Comparator.comparingDouble(Candidate::score));
        return select(ranked, max);
    }

    /**
     * Every candidate run of up to {@link #MAX_WORDS} words, by its lower-case form. Where the language capitalises
     * its nouns, a run ends on one: a German noun phrase ends on its noun ("anschließende Presseerklärung"), and
     * a run that ends on a verb or an adverb is a piece of a sentence ("Klostereinrichtung wurde verkauft").
     */
    private static Map<String, Occurrences> occurrences(
            List<Tokens.Token> tokens, Set<String> stop, Set<String> titles, Set<String> news, boolean nouns) {
        // Word-level tests once per token, not once per run that contains it.
        boolean[] edge = new boolean[tokens.size()];
        for (int i = 0; i < edge.length; i++) {
            edge[i] = usableEdge(tokens.get(i), stop, news);
        }
        boolean[] end = ends(tokens, edge, nouns);
        Map<String, Occurrences> occurrences = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!edge[i]) {
                continue;
            }
            for (int n = 1; n <= MAX_NAME_WORDS && i + n <= tokens.size(); n++) {
                List<Tokens.Token> run = tokens.subList(i, i + n);
                if (run.get(n - 1).chunk() != run.get(0).chunk()) {
                    break;
                }
                if (n > MAX_WORDS && !nameWord(run.get(n - 1), stop)) {
                    break;
                }
                if (end[i + n - 1]
                        && usableInside(run, stop)
                        && uniformCase(run, stop)
                        && (n <= MAX_WORDS || nameWord(run.get(0), stop))
                        && !beforeTitle(tokens, i + n, titles)) {
                    String key = n == 1 ? run.get(0).lower() : join(run, Tokens.Token::lower);
                    Occurrences occ = occurrences.computeIfAbsent(key, k -> new Occurrences());
                    occ.runs().add(run);
                    occ.starts().add(i);
                }
            }
        }
        return occurrences;
    }

    /** The usable edges that may end a phrase: all, or in a language that capitalises nouns, the capitalised ones. */
    private static boolean[] ends(List<Tokens.Token> tokens, boolean[] edge, boolean nouns) {
        if (!nouns) {
            return edge;
        }
        boolean[] end = new boolean[edge.length];
        for (int i = 0; i < end.length; i++) {
            end[i] = edge[i] && tokens.get(i).upperInitial();
        }
        return end;
    }

    /**
     * A run that never stands alone, always with the same word after it or before it, is a piece of the
     * longer phrase ("Chinese Foreign" of "Chinese Foreign Ministry", "Vladimir" of "Vladimir Putin").
     */
    private static boolean partOfLonger(
            String key, Occurrences occ, List<Tokens.Token> tokens, Map<String, Occurrences> all) {
        int n = occ.runs().get(0).size();
        if (n >= MAX_NAME_WORDS) {
            return false;
        }
        String next = neighbour(occ, tokens, n);
        if (next != null && sameCount(all.get(key + " " + next), occ)) {
            return true;
        }
        String previous = neighbour(occ, tokens, -1);
        return previous != null && sameCount(all.get(previous + " " + key), occ);
    }

    /** The word at {@code offset} from every occurrence's start, if it is the same word in the same chunk. */
    private static String neighbour(Occurrences occ, List<Tokens.Token> tokens, int offset) {
        String word = null;
        for (int start : occ.starts()) {
            int at = start + offset;
            if (at < 0
                    || at >= tokens.size()
                    || tokens.get(at).chunk() != tokens.get(start).chunk()) {
                return null;
            }
            String w = tokens.get(at).lower();
            if (word != null && !word.equals(w)) {
                return null;
            }
            word = w;
        }
        return word;
    }

    private static boolean sameCount(Occurrences longer, Occurrences occ) {
        return longer != null && longer.runs().size() == occ.runs().size();
    }

    /**
     * Folds a lone name word into the full name that introduces it ("Xi" and "President Xi" into "Xi
     * Jinping", "Mr Putin" into "Vladimir Putin"): the word leaves the list and the full name ranks as
     * well as the better of the two. With two full names for one word ("Wang Yi", "Wang Wenbin"), the more
     * frequent takes it.
     */
    private static List<Candidate> foldNames(List<Candidate> candidates) {
        Map<String, List<Candidate>> namesByEdgeWord = new HashMap<>();
        for (Candidate c : candidates) {
            if (c.words().size() > 1 && c.name() && !c.words().contains("of")) {
                namesByEdgeWord
                        .computeIfAbsent(c.words().get(0), k -> new ArrayList<>())
                        .add(c);
                namesByEdgeWord
                        .computeIfAbsent(c.words().get(c.words().size() - 1), k -> new ArrayList<>())
                        .add(c);
            }
        }
        Map<Candidate, Double> lifted = new IdentityHashMap<>();
        List<Candidate> out = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            Candidate full = c.words().size() == 1 && c.name() ? fullName(c, namesByEdgeWord.get(c.key())) : null;
            if (full == null) {
                out.add(c);
            } else {
                lifted.merge(full, c.score(), Math::min);
            }
        }
        out.replaceAll(c -> lifted.containsKey(c) ? c.withScore(Math.min(c.score(), lifted.get(c))) : c);
        return out;
    }

    private static Candidate fullName(Candidate word, List<Candidate> names) {
        Candidate best = null;
        for (Candidate name : names == null ? List.<Candidate>of() : names) {
            if (introduces(name, word) && (best == null || name.tf() > best.tf())) {
                best = name;
            }
        }
        return best;
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

    /**
     * "Chinese Foreign Minister Qin Gang", "Russian President Vladimir Putin": the words before a title
     * qualify the title, they are no name of their own ("Chinese Foreign", "Russian").
     */
    private static boolean beforeTitle(List<Tokens.Token> tokens, int next, Set<String> titles) {
        return next < tokens.size()
                && tokens.get(next).chunk() == tokens.get(next - 1).chunk()
                && titles.contains(tokens.get(next).lower());
    }

    private static String join(List<Tokens.Token> run, Function<Tokens.Token, String> form) {
        StringBuilder sb = new StringBuilder();
        for (Tokens.Token t : run) {
            sb.append(sb.length() == 0 ? "" : " ").append(form.apply(t));
        }
        return sb.toString();
    }

    /**
     * A short acronym is a name even when it spells a function word ("US", "IT", "WHO"), but not "PM" or
     * "CEO" (news words) nor a shouted word ("MORE").
     */
    private static boolean usableEdge(Tokens.Token t, Set<String> stop, Set<String> news) {
        String w = t.lower();
        return w.length() > 1
                && hasLetter(w)
                && (!stop.contains(w)
                        || (t.acronym() && w.length() <= SHORT_ACRONYM && !t.headline() && !news.contains(w)));
    }

    /** "2008", "20-22", "9-5": numbers and ranges say how much or when, not what. */
    private static boolean hasLetter(String w) {
        for (int i = 0; i < w.length(); i++) {
            if (Character.isLetter(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A word that may stand in a name longer than a theme: capitalised in running text (not on a Title Case line,
     * where every word is), or a connector ("de", "of").
     */
    private static boolean nameWord(Tokens.Token t, Set<String> stop) {
        return CONNECTORS.contains(t.lower()) || (t.capitalised() && !t.headline() && !stop.contains(t.lower()));
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
            if (stop.contains(t.lower()) || t.headline() || (i == 0 && t.sentenceStart())) {
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
        boolean furnitureOnly = true;
        for (List<Tokens.Token> run : occ) {
            boolean edgesCased = !run.get(0).headline()
                    && run.get(0).capitalised()
                    && run.get(run.size() - 1).capitalised();
            cased += edgesCased ? 1 : 0;
            furnitureOnly &= run.get(0).furniture();
        }
        double score = prod / (occ.size() * (1 + sum));
        boolean capitalised = cased * 2 > occ.size();
        if (capitalised && words.size() > 1) {
            score *= NAME_BONUS;
        } else if (!capitalised && words.size() == 1) {
            score *= COMMON_WORD_PENALTY;
        }
        if (furnitureOnly) {
            score *= FURNITURE_PENALTY;
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
            if (!skip && !standsApart(c, chosen)) {
                skip = true;
            }
            if (!skip) {
                chosen.add(c);
            }
        }
        List<Candidate> namesFirst = new ArrayList<>(chosen);
        namesFirst.sort(Comparator.comparing(c -> !c.name()));
        return namesFirst.stream().map(Candidate::surface).distinct().toList();
    }

    /**
     * News names a person or body in full once, early, then by one word: "Xi Jinping", then "Xi". So a
     * chosen single word is replaced by the capitalised name that starts or ends with it if the name
     * is where the word first or second appears (the headline may use the short form first).
     */
    private static boolean introduces(Candidate name, Candidate word) {
        if (word.words().size() != 1 || !name.name()) {
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

    /**
     * Whether some occurrence of the phrase shares no word with a chosen phrase's: "loan debt crisis" beside "student
     * loan debt", or "Autónoma de México" beside "Universidad Nacional Autónoma", are the same words read again.
     */
    private static boolean standsApart(Candidate c, List<Candidate> chosen) {
        int n = c.words().size();
        for (int start : c.starts()) {
            boolean overlaps = false;
            for (int i = 0; i < chosen.size() && !overlaps; i++) {
                Candidate s = chosen.get(i);
                int m = s.words().size();
                for (int other : s.starts()) {
                    if (start < other + m && other < start + n) {
                        overlaps = true;
                        break;
                    }
                }
            }
            if (!overlaps) {
                return true;
            }
        }
        return false;
    }

    private static boolean contains(List<String> outer, List<String> inner) {
        return Collections.indexOfSubList(outer, inner) >= 0;
    }
}
