package io.newsflow.enrich.chrome;

/**
 * Chrome that comes in blocks: a "Related" / "MORE NEWS" / "News Feed" heading over a list of
 * headlines or a feed of time-stamped items. The rule, in full:
 *
 * <ol>
 * <li>A header line opens a block of its kind. Blank lines do not end it.</li>
 * <li>Lines of the same kind, and headers of the same kind, stay in the block.</li>
 * <li>A time stamp line ("3:44 PM", "2 hours ago") stays in the block with its feed item: the next
 *     line if it is not prose (the item's headline), and the line after that (the item's summary,
 *     which reads like prose) only when it is followed by another stamp, by chrome, or by the end:
 *     a summary is recognised by the feed going on after it, never by its own shape.</li>
 * <li>Headline-shaped lines (short, no sentence punctuation) stay, up to {@link #MAX_HEADLINES}.</li>
 * <li>Chrome of another kind ends the block (and may open its own).</li>
 * <li>Any other line means the article has resumed; the block ends, and gives back its last
 *     headline, because a short line just above article prose is most often the article's own
 *     subheading. The end of the text ends the block too, with nothing given back.</li>
 * </ol>
 *
 * A time stamp outside a block is kept: without a feed heading, a run of dated lines is as likely an
 * article's own timeline (a history, a live blog) as a sidebar, and the dev set has such timelines.
 */
final class ChromeBlock {

    /** More headlines than this under one header is not a link list but something else. */
    static final int MAX_HEADLINES = 10;

    private ChromeBlock() {}

    static void apply(Judgement j) {
        int i = 0;
        while (i < j.size()) {
            LineMatch m = j.match[i];
            i = m != null && m.evidence() == LineMatch.Evidence.HEADER ? block(j, i) : i + 1;
        }
    }

    /** Runs the block opened at header h; returns the first line it did not take. */
    private static int block(Judgement j, int h) {
        String kind = j.match[h].kind();
        String why = "block under '" + j.text[h].light() + "'";
        int headlines = 0;
        int tentative = -1;
        int i = j.next(h);
        while (i < j.size()) {
            LineMatch m = j.match[i];
            if (otherChrome(j, i, kind)) {
                return i;
            }
            if (m != null && m.evidence() == LineMatch.Evidence.TIMESTAMP) {
                j.remove(i, kind, why + ", time stamp");
                i = feedItem(j, i, kind, why);
                tentative = -1;
                continue;
            }
            if (m != null && m.kind().equals(kind)) {
                j.remove(i, kind, m.strong() ? m.rule().toString() : why);
                tentative = -1;
            } else if (LineShape.headline(j.text[i]) && headlines < MAX_HEADLINES) {
                headlines++;
                j.remove(i, kind, why + ", headline");
                tentative = i;
            } else {
                if (tentative >= 0) {
                    j.keep(tentative);
                }
                return i;
            }
            i = j.next(i);
        }
        return j.size();
    }

    /** Takes the headline and summary after the stamp at s; returns the first line after the item. */
    private static int feedItem(Judgement j, int s, String kind, String why) {
        int headline = j.next(s);
        if (headline >= j.size()
                || otherChrome(j, headline, kind)
                || isStamp(j, headline)
                || LineShape.prose(j.text[headline])) {
            return headline;
        }
        j.remove(headline, kind, why + ", feed headline");
        int summary = j.next(headline);
        if (summary >= j.size() || otherChrome(j, summary, kind) || isStamp(j, summary)) {
            return summary;
        }
        int after = j.next(summary);
        if (after >= j.size() || isStamp(j, after) || (j.match[after] != null && j.match[after].strong())) {
            j.remove(summary, kind, why + ", feed summary");
            return after;
        }
        return summary;
    }

    private static boolean otherChrome(Judgement j, int i, String kind) {
        LineMatch m = j.match[i];
        return m != null && m.strong() && !m.kind().equals(kind);
    }

    private static boolean isStamp(Judgement j, int i) {
        LineMatch m = j.match[i];
        return m != null && m.evidence() == LineMatch.Evidence.TIMESTAMP;
    }
}
