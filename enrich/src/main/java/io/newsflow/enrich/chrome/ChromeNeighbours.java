package io.newsflow.enrich.chrome;

import java.util.Set;

/**
 * Chrome recognised by the company it keeps, for pleas and forms whose lines vary too much to list:
 *
 * <ul>
 * <li>A line with some pitch terms of a kind, too few to be sure on its own ("Three years of
 *     reporting, funded by our readers."), is that kind when the line above or below is.</li>
 * <li>A short non-prose line squeezed between two lines of the same kind (a newsletter's name
 *     between two "* indicates required") is that kind, for kinds whose rule file says
 *     {@code sandwich: yes}: forms and pleas hold together, but ad slots sit between an article's
 *     own subheadings and must not take them.</li>
 * </ul>
 *
 * Neither rule takes a line that reads as prose: an article paragraph that happens to say "readers
 * like you" just above a plea stays.
 */
final class ChromeNeighbours {

    /** Longest line the sandwich rule will take. */
    static final int SANDWICH_WORDS = 12;

    private ChromeNeighbours() {}

    static void apply(Judgement j, Set<String> sandwichKinds) {
        weakNextToStrong(j);
        sandwiches(j, sandwichKinds);
    }

    private static void weakNextToStrong(Judgement j) {
        // one pass down and one up: a chain of weak lines hangs off a strong line on either side
        for (int i = 0; i < j.size(); i++) {
            if (weakAndKept(j, i) && sameKind(j, j.previous(i), j.match[i].kind())) {
                j.remove(i, j.match[i].kind(), j.match[i].rule() + ", next to more of its kind");
            }
        }
        for (int i = j.size() - 1; i >= 0; i--) {
            if (weakAndKept(j, i) && sameKind(j, j.next(i), j.match[i].kind())) {
                j.remove(i, j.match[i].kind(), j.match[i].rule() + ", next to more of its kind");
            }
        }
    }

    private static boolean weakAndKept(Judgement j, int i) {
        LineMatch m = j.match[i];
        return !j.removed(i) && m != null && m.evidence() == LineMatch.Evidence.WEAK && !LineShape.prose(j.text[i]);
    }

    private static void sandwiches(Judgement j, Set<String> sandwichKinds) {
        for (int i = 0; i < j.size(); i++) {
            if (j.blank(i) || j.removed(i)) {
                continue;
            }
            LineText t = j.text[i];
            if (LineShape.prose(t) || t.words() > SANDWICH_WORDS) {
                continue;
            }
            int before = j.previous(i);
            int after = j.next(i);
            if (before >= 0
                    && after < j.size()
                    && j.removed(before)
                    && j.removed(after)
                    && j.kind(before).equals(j.kind(after))
                    && sandwichKinds.contains(j.kind(before))) {
                j.remove(i, j.kind(before), "between two lines of " + j.kind(before));
            }
        }
    }

    private static boolean sameKind(Judgement j, int i, String kind) {
        return i >= 0 && i < j.size() && j.removed(i) && kind.equals(j.kind(i));
    }
}
