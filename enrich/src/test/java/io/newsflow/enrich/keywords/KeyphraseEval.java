package io.newsflow.enrich.keywords;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;

/**
 * Precision, recall and F1 at 10 of {@link KeyphraseExtractor} against public news sets with gold key
 * phrases, and the share of its top ten that are names. A phrase matches a gold one when both are equal
 * after lower-casing, dropping every character that is not a letter, digit or space (the gold of
 * 500N-KPCrowd was written that way: "H&M" is "HM") and Snowball-stemming each word (Lucene's stemmers
 * for the set's language). P, R and F1 are averaged over documents (F1 per document, then the mean).
 * A "name" is a phrase whose words all start with a capital letter, connectors ("of", "de") aside.
 * Documents are sorted by id and split in two halves by position (even: tune, odd: report), so a change
 * tuned on one half is judged on the other.
 *
 * <p>Data (downloaded beside, never committed): a folder with {@code <id>.txt} (first non-blank line the
 * title) and {@code <id>.key} (one gold phrase a line), searched recursively. Run from the checkout:
 * {@code ./mvnw -B -ntp -q -pl enrich -am test-compile dependency:build-classpath
 * -Dmdep.outputFile=/tmp/cp.txt; java -cp enrich/target/test-classes:enrich/target/classes:$(cat /tmp/cp.txt)
 * io.newsflow.enrich.keywords.KeyphraseEval en /work/data/keyphrases/500N-full}
 * (or {@code fr /work/data/keyphrases/WKC} for the French WikiNews set); a third argument prints each
 * tuning document's phrases beside its gold.
 *
 * <p>Sets: 500N-KPCrowd v1.0 (Marujo et al., LREC 2012: 500 English web news stories of 2010, ten
 * categories, key phrases chosen by Mechanical Turk workers, ~49 a story, so recall at 10 stays low;
 * full texts as kept in basaldella/deepkeyphraseextraction, data/Marujo2012, Apache-2.0 repository, the
 * texts themselves belong to their publishers and are offered "for research and educational purposes");
 * French WikiNews (Bougouin et al., TopicRank, IJCNLP 2013: 100 fr.wikinews.org articles of 2012, CC BY
 * 2.5, ~12 key phrases each by students; from LIAAD/KeywordExtractor-Datasets, datasets/WikiNews.zip).
 *
 * <p>Measured 2026-12-06, report half (tuning half in brackets):
 * <pre>
 *                         500N-KPCrowd (250)              WikiNews fr (50)
 * before (main)  P/R/F1   .303/.078/.118 (.272/.072/.109)  .296/.296/.290 (.272/.266/.264)
 *                names    76.5% (78.3%)                    59.6% (59.2%)
 * after          P/R/F1   .317/.082/.124 (.283/.074/.112)  .306/.306/.300 (.280/.272/.271)
 *                names    73.3% (74.9%)                    61.4% (61.4%)
 * </pre>
 * 2026-12-07 (stop 28), with the French elision fix of the day before as the baseline (.112/.124 and .303/.312):
 * no phrase chosen whose every occurrence shares words with a phrase chosen before it: .117/.133 and .323/.325;
 * plus names up to five words: .116/.130 and .323/.320 (kept for names read whole, "Hollywood Walk of Fame",
 * "Government Shutdown Prevention Act"); plus a hyphenated name kept whole unless its parts stand alone
 * ("Etats-Unis", "Emilia-Romagna"): .118/.132 and .330/.348.
 * Lone common words score well against both golds: without the extractor's penalty on them F1@10 on the
 * tuning halves would reach .133 and .287, but names would fall to 64% and 51% of the top ten.
 */
public final class KeyphraseEval {

    private static final int K = 10;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}\\s]");
    private static final Set<String> CONNECTORS = Set.of("of", "for", "de", "du", "des", "la", "le", "von", "van");

    private record Doc(String id, String title, String text, Set<String> gold) {}

    private record Score(double p, double r, double f, double names, int n) {}

    private KeyphraseEval() {}

    public static void main(String[] args) throws IOException {
        String lang = args[0];
        List<Doc> docs = load(Path.of(args[1]), lang);
        List<Doc> tune = new ArrayList<>();
        List<Doc> report = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            (i % 2 == 0 ? tune : report).add(docs.get(i));
        }
        boolean show = args.length > 2;
        print("tune", evaluate(tune, lang, show));
        print("report", evaluate(report, lang, false));
        System.out.printf(Locale.ROOT, "speed: %.0f docs per CPU-second%n", docsPerCpuSecond(docs, lang));
    }

    /** After a warm-up, so that the JIT has compiled the extractor; CPU time, so that load elsewhere counts less. */
    private static double docsPerCpuSecond(List<Doc> docs, String lang) {
        KeyphraseExtractor x = new KeyphraseExtractor();
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long t0 = 0;
        int rounds = 20;
        for (int rep = 0; rep < rounds; rep++) {
            if (rep == rounds / 2) {
                t0 = cpu.getCurrentThreadCpuTime();
            }
            for (Doc d : docs) {
                x.extract(d.title(), d.text(), lang, K);
            }
        }
        return rounds / 2.0 * docs.size() / ((cpu.getCurrentThreadCpuTime() - t0) / 1e9);
    }

    private static void print(String half, Score s) {
        System.out.printf(
                Locale.ROOT,
                "%-6s n=%d  P@10=%.3f  R@10=%.3f  F1@10=%.3f  names in top 10=%.1f%%%n",
                half,
                s.n(),
                s.p(),
                s.r(),
                s.f(),
                100 * s.names());
    }

    private static Score evaluate(List<Doc> docs, String lang, boolean show) {
        KeyphraseExtractor extractor = new KeyphraseExtractor();
        double p = 0;
        double r = 0;
        double f = 0;
        double names = 0;
        for (Doc d : docs) {
            List<String> got = extractor.extract(d.title(), d.text(), lang, K);
            Set<String> norm = new LinkedHashSet<>();
            int nameCount = 0;
            for (String g : got) {
                norm.add(normalise(g, lang));
                nameCount += isName(g) ? 1 : 0;
            }
            long hits = norm.stream().filter(d.gold()::contains).count();
            double pi = got.isEmpty() ? 0 : (double) hits / norm.size();
            double ri = d.gold().isEmpty() ? 0 : (double) hits / d.gold().size();
            p += pi;
            r += ri;
            f += pi + ri == 0 ? 0 : 2 * pi * ri / (pi + ri);
            names += got.isEmpty() ? 0 : (double) nameCount / got.size();
            if (show) {
                System.out.println(d.id() + " " + got + "\n    gold " + d.gold());
            }
        }
        int n = docs.size();
        return new Score(p / n, r / n, f / n, names / n, n);
    }

    static boolean isName(String phrase) {
        for (String w : phrase.split("\\s+")) {
            if (!CONNECTORS.contains(w) && !Character.isUpperCase(w.codePointAt(0))) {
                return false;
            }
        }
        return true;
    }

    static String normalise(String phrase, String lang) {
        SnowballStemmer stemmer = "fr".equals(lang) ? new FrenchStemmer() : new EnglishStemmer();
        StringBuilder sb = new StringBuilder();
        for (String w :
                NOT_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll("").split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            stemmer.setCurrent(w);
            stemmer.stem();
            sb.append(sb.length() == 0 ? "" : " ").append(stemmer.getCurrent());
        }
        return sb.toString();
    }

    private static List<Doc> load(Path root, String lang) throws IOException {
        List<Path> texts;
        try (Stream<Path> files = Files.walk(root)) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<Doc> docs = new ArrayList<>();
        for (Path t : texts) {
            String id = t.getFileName().toString().replaceFirst("\\.txt$", "");
            Path key = findKey(root, t, id);
            if (key == null) {
                continue;
            }
            String raw = unescape(Files.readString(t, StandardCharsets.UTF_8)).strip();
            int nl = raw.indexOf('\n');
            String title = nl < 0 ? raw : raw.substring(0, nl).strip();
            String text = nl < 0 ? "" : raw.substring(nl + 1);
            Set<String> gold = new LinkedHashSet<>();
            for (String g : Files.readAllLines(key, StandardCharsets.UTF_8)) {
                if (!g.isBlank()) {
                    gold.add(normalise(unescape(g), lang));
                }
            }
            docs.add(new Doc(id, title, text, gold));
        }
        return docs;
    }

    private static Path findKey(Path root, Path text, String id) {
        Path beside = text.resolveSibling(id + ".key");
        if (Files.exists(beside)) {
            return beside;
        }
        Path keys = root.resolve("keys").resolve(id + ".key");
        return Files.exists(keys) ? keys : null;
    }

    private static String unescape(String s) {
        return s.replace("&amp;", "&")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("\u00ad", "");
    }
}
