package io.newsflow.enrich.chrome;

/**
 * Junk after the article's end: once the text has ended in chrome (a comment form, a newsletter
 * box), a stray short string with no sentence punctuation after that chrome ("GreenLeaf Tw2sl") is
 * junk too. Only the final run of the text counts, that is the lines after which nothing but chrome
 * and such strings follow, and only strings that come after chrome in that run: an article's short
 * last lines above the chrome are never taken.
 */
final class ChromeTail {

    private ChromeTail() {}

    static void apply(Judgement j, String kind, int maxWords) {
        int start = j.size();
        for (int i = j.previous(j.size()); i >= 0; i = j.previous(i)) {
            if (!j.removed(i) && !LineShape.junk(j.text[i], maxWords)) {
                break;
            }
            start = i;
        }
        boolean afterChrome = false;
        for (int i = start; i < j.size(); i = j.next(i)) {
            if (j.removed(i)) {
                afterChrome = true;
            } else if (afterChrome) {
                j.remove(i, kind, "short string trailing the chrome at the end");
            }
        }
    }
}
