package io.newsflow.enrich.topics;

import java.util.Locale;

/**
 * The softmax temperature of an article's topic scores, by its length and by whether it is English: {@code
 * base * (pieces / 40)^-slope}, within [0.1, 4], where {@code pieces} is what the model read of the article itself
 * (title twice and up to ~400 body words, as word pieces). Fitted on outlets the model did not learn from,
 * whole and as headline + first sentence (BBC News for English, BBC Afrique for the other languages).
 *
 * <p>Why two curves: an article's features sum to one, so a long read's logits are on a headline's scale while it
 * is right more often (it takes a lower temperature than a headline); and an article in another language is read
 * mostly through its English glosses, with smaller logits for the same certainty.
 */
record Temperature(double englishBase, double englishSlope, double otherBase, double otherSlope) {

    /** The length, in pieces, at which a curve's temperature is its base: a headline and a sentence. */
    static final double PIVOT = 40;

    /** One temperature whatever the article (a model file of version 2). */
    static Temperature constant(double t) {
        return new Temperature(t, 0, t, 0);
    }

    double of(TopicFeatures.Article article) {
        return of(article.english(), article.ownPieces());
    }

    double of(boolean english, int pieces) {
        double base = english ? englishBase : otherBase;
        double slope = english ? englishSlope : otherSlope;
        return Math.max(0.1, Math.min(4, base * Math.pow(Math.max(1, pieces) / PIVOT, -slope)));
    }

    @Override
    public String toString() {
        return String.format(
                Locale.ROOT,
                "English %.2f x (pieces/%.0f)^-%.2f, other languages %.2f x (pieces/%.0f)^-%.2f",
                englishBase,
                PIVOT,
                englishSlope,
                otherBase,
                PIVOT,
                otherSlope);
    }
}
