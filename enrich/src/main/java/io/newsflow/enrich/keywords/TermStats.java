package io.newsflow.enrich.keywords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * YAKE's single-word features (Campos et al., 2020) and their combined score; lower means more
 * keyword-like. Casing (a word written capitalised mid-sentence is a name), position (early words
 * matter), frequency (normalised by the text's mean and spread), relatedness to context (a word with
 * many different neighbours is a function word in disguise) and spread over sentences.
 */
final class TermStats {

    private static final class Term {
        int tf;
        int cased;
        final List<Integer> sentences = new ArrayList<>();
        final Set<String> left = new HashSet<>();
        final Set<String> right = new HashSet<>();

        /** Counts the token at {@code i}: a word written capitalised mid-sentence, or an acronym, counts as cased. */
        void add(List<Tokens.Token> tokens, int i) {
            Tokens.Token t = tokens.get(i);
            tf++;
            if (!t.headline() && (t.acronym() || (t.capitalised() && !t.sentenceStart()))) {
                cased++;
            }
            sentences.add(t.sentence());
            if (i > 0 && tokens.get(i - 1).chunk() == t.chunk()) {
                left.add(tokens.get(i - 1).lower());
            }
            if (i + 1 < tokens.size() && tokens.get(i + 1).chunk() == t.chunk()) {
                right.add(tokens.get(i + 1).lower());
            }
        }
    }

    private final Map<String, Double> scores = new HashMap<>();

    TermStats(List<Tokens.Token> tokens, Set<String> stopwords) {
        Map<String, Term> terms = terms(tokens, stopwords);
        if (terms.isEmpty()) {
            return;
        }
        int sentences = tokens.get(tokens.size() - 1).sentence() + 1;
        double mean = terms.values().stream().mapToInt(x -> x.tf).average().orElse(1);
        double var = terms.values().stream()
                .mapToDouble(x -> (x.tf - mean) * (x.tf - mean))
                .average()
                .orElse(0);
        double maxTf = terms.values().stream().mapToInt(x -> x.tf).max().orElse(1);
        double std = Math.sqrt(var);
        for (Map.Entry<String, Term> e : terms.entrySet()) {
            Term x = e.getValue();
            double tCase = x.cased / (1 + Math.log(x.tf));
            List<Integer> s = x.sentences;
            double median = s.get(s.size() / 2);
            double tPos = Math.log(Math.log(3 + median));
            double tfNorm = x.tf / (mean + std);
            double tRel = 1 + ((double) x.left.size() / x.tf + (double) x.right.size() / x.tf) * x.tf / maxTf;
            double tSent = (double) distinct(s) / sentences;
            scores.put(e.getKey(), tRel * tPos / (tCase + tfNorm / tRel + tSent / tRel));
        }
    }

    /** Every word that is not a stopword, with its counts, sentences and neighbours in the same chunk. */
    private static Map<String, Term> terms(List<Tokens.Token> tokens, Set<String> stopwords) {
        Map<String, Term> terms = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            Tokens.Token t = tokens.get(i);
            if (!stopwords.contains(t.lower())) {
                terms.computeIfAbsent(t.lower(), k -> new Term()).add(tokens, i);
            }
        }
        return terms;
    }

    /** Distinct values of a list in ascending order (tokens come in sentence order). */
    private static int distinct(List<Integer> ascending) {
        int n = 0;
        int last = -1;
        for (int v : ascending) {
            if (v != last) {
                n++;
                last = v;
            }
        }
        return n;
    }

    /** The word's score, or null for a stopword (which YAKE lets sit inside a phrase at no cost). */
    Double score(String lower) {
        return scores.get(lower);
    }
}
