package io.newsflow.enrich.repair;

import java.text.Normalizer;

/**
 * Repairs text that was decoded with the wrong charset (mojibake) and entities escaped twice,
 * without touching correct text in any script. Thread-safe.
 *
 * <p>Steps, each skipped by a cheap scan when the text cannot need it:
 *
 * <ol>
 *   <li>NUL and other C0 controls, DEL, and bidi overrides are removed ({@link InvisibleControls});
 *   <li>HTML references left in the text are unescaped ({@link EntityUnescape});
 *   <li>UTF-8 read as windows-1252 (which also covers ISO-8859-1), windows-1251, windows-1250,
 *       ISO-8859-2, MacRoman, IBM437 or windows-874 is decoded back, span by span, only where
 *       that makes the text look less like mojibake, and again for mojibake of mojibake
 *       ({@link MojibakeRepair});
 *   <li>the text is normalised to NFC;
 *   <li>runs of spaces and tabs become one space; no-break spaces and line breaks stay
 *       ({@link Whitespace}).
 * </ol>
 *
 * Typography (curly quotes, dashes, ellipses) is never rewritten. {@link Repaired#repairs()}
 * counts the mojibake spans and references replaced; normalisation is not counted.
 */
public final class TextRepair {

    private static final int MAX_PASSES = 6;
    private static final TextRepair DEFAULTS = new TextRepair(new MojibakeRepair(LegacyCharset.ALL));

    /** The repaired text and how many repairs were made. */
    public record Repaired(String text, int repairs) {}

    private final MojibakeRepair mojibake;

    private TextRepair(MojibakeRepair mojibake) {
        this.mojibake = mojibake;
    }

    public static TextRepair defaults() {
        return DEFAULTS;
    }

    public Repaired repair(String text) {
        if (text == null || text.isEmpty()) {
            return new Repaired(text, 0);
        }
        if (isPlainAscii(text)) {
            return new Repaired(text, 0);
        }
        int[] repairs = {0};
        String s = text;
        if (EntityUnescape.mayContainEntity(s)) {
            s = EntityUnescape.unescape(s, repairs);
        }
        s = undoWrongDecodings(s, repairs);
        return new Repaired(tidy(s), repairs[0]);
    }

    /** Mojibake passes, then C1 controls shown as windows-1252, twice at most; {@code repairs[0]} counts spans. */
    private String undoWrongDecodings(String text, int[] repairs) {
        String s = text;
        int suspicious = 0;
        for (int round = 0; round < 2; round++) {
            for (int pass = 0; pass < MAX_PASSES && MojibakeRepair.mayContainMojibake(s, suspicious != 0); pass++) {
                MojibakeRepair.Pass best = mojibake.repairOnce(s, suspicious);
                if (best == null) {
                    break;
                }
                // Once a charset has shown mojibake in this text, its borderline spans are repaired too.
                suspicious |= 1 << best.charset();
                s = best.text();
                repairs[0] += best.spans();
            }
            // C1 controls left over are windows-1252 read as Latin-1; as characters they may reveal
            // more mojibake, so the passes run once more.
            String shown = C1Controls.asWindows1252(s, repairs);
            if (shown.equals(s)) {
                break;
            }
            s = shown;
        }
        return s;
    }

    /** NFC, invisible controls out, whitespace collapsed. */
    private static String tidy(String text) {
        String s = text;
        if (!Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
            s = Normalizer.normalize(s, Normalizer.Form.NFC);
        }
        // Last, so that controls spelled as references (&#0; &#x202E;) go too.
        if (InvisibleControls.present(s)) {
            s = InvisibleControls.remove(s);
        }
        if (Whitespace.needsCollapse(s)) {
            s = Whitespace.collapse(s);
        }
        return s;
    }

    /** ASCII without '&', tabs, controls or double spaces: nothing to do (the common case in English). */
    private static boolean isPlainAscii(String s) {
        char prev = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80
                    || c == '&'
                    || c == '\t'
                    || (c < 0x20 && c != '\n' && c != '\r')
                    || c == 0x7F
                    || (c == ' ' && prev == ' ')) {
                return false;
            }
            prev = c;
        }
        return true;
    }
}
