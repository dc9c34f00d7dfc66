package io.newsflow.enrich.chrome;

/**
 * Chrome that comes in blocks: a "Related" / "MORE NEWS" / "News Feed" heading over a list of
 * headlines, and feeds of time-stamped items. The rule, in full:
 *
 * <ol>
 * <li>A header line opens a block of its kind. Blank lines do not end it.</li>
 * <li>Lines of the same kind, and headers of the same kind, stay in the block.</li>
 * <li>A time stamp line ("3:44 PM", "2 hours ago") stays in the block and takes the next
 *     {@link #FEED_ITEM_LINES} lines with it, whatever their shape: a feed item is a headline and
 *     often a summary that reads like prose.</li>
 * <li>Headline-shaped lines (short, no sentence punctuation) stay, up to {@link #MAX_HEADLINES}.</li>
 * <li>Chrome of another kind ends the block (and may open its own).</li>
 * <li>Any other line means the article has resumed; the block ends, and gives back its last
 *     headline, because a short line just above article prose is most often the article's own
 *     subheading. End of text ends the block too, with nothing given back.</li>
 * </ol>
 *
 * A time stamp outside a block is kept: without a feed heading, a run of dated lines is as likely an
 * article's own timeline (a history, a live blog) as a sidebar, and the dev set has such timelines.
 */
final class ChromeBlock {

    /** A feed item: headline and summary. */
    static final int FEED_ITEM_LINES = 2;
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
        int feedLeft = 0;
        int headlines = 0;
        int tentative = -1;
        for (int i = j.next(h); i < j.size(); i = j.next(i)) {
            LineMatch m = j.match[i];
            boolean otherChrome = m != null && m.strong() && !m.kind().equals(kind);
            if (otherChrome) {
                return i;
            }
            if (feedLeft > 0) {
                feedLeft--;
                j.remove(i, kind, why + ", feed item");
                tentative = -1;
            } else if (m != null && m.evidence() == LineMatch.Evidence.TIMESTAMP) {
                j.remove(i, kind, why + ", time stamp");
                feedLeft = FEED_ITEM_LINES;
                tentative = -1;
            } else if (m != null && m.kind().equals(kind)) {
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
        }
        return j.size();
    }
}
