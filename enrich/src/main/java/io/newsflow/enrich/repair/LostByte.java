package io.newsflow.enrich.repair;

/**
 * Mojibake that lost a byte on the way, which {@link MojibakeRepair} cannot decode as it stands:
 *
 * <ul>
 *   <li>the last byte of a three-byte sequence was one the charset leaves undefined, and the C1
 *       control it became was dropped: "â€" + U+009D loses U+009D and is left as "â€" (the ”);
 *       each undefined byte is tried and the least bad result is taken, only if it is better than
 *       the text as it stands;
 *   <li>the last byte of a two-byte sequence was A0, shown as a no-break space that later became a
 *       plain space: "Ã  Paris" for "à Paris" (the lost byte's space, then the word's own space).
 *       If spaces were collapsed since, a word-initial "Ã " is still the word "à" ("jusqu'Ã nos";
 *       "Ã s crianças" is "às crianças"). Only for the letters à, Ġ, Š (leads C3..C5), and only in
 *       a text where the same charset has already shown mojibake: "Ã" before a space is also
 *       correct Portuguese ("IRMÃ E", "S Ã O").
 * </ul>
 */
final class LostByte {

    private LostByte() {}

    static MojibakeRepair.Candidate decoding(LegacyCharset cs, String s, int start, int prev, boolean suspicious) {
        int n = s.length();
        int lead = cs.byteOf(s.charAt(start));
        if (lead >= 0xE0 && lead <= 0xEF && start + 1 < n) {
            return droppedLastByte(cs, s, start, prev, lead, suspicious);
        }
        if (suspicious
                && lead >= 0xC3
                && lead <= 0xC5
                && start + 2 < n
                && s.charAt(start + 1) == ' '
                && cs.hasNoBreakSpaceAtA0()) {
            String letter = new String(Character.toChars(((lead & 0x1F) << 6) | (0xA0 & 0x3F)));
            if (Character.isWhitespace(s.charAt(start + 2))) {
                return judged(s, start, start + 2, prev, letter, true); // "Ã  Paris"
            }
            if (prev < 0 || !Character.isLetter(prev)) {
                // the word "à" after its two spaces were collapsed: "Ã nos jours"; "Ã s " is "às "
                boolean oneLetterWord = Character.isLetter(s.charAt(start + 2))
                        && (start + 3 == n || !Character.isLetter(s.charAt(start + 3)));
                return judged(s, start, oneLetterWord ? start + 2 : start + 1, prev, letter, true);
            }
        }
        return null;
    }

    private static MojibakeRepair.Candidate droppedLastByte(
            LegacyCharset cs, String s, int start, int prev, int lead, boolean suspicious) {
        char secondChar = s.charAt(start + 1);
        int second = cs.byteOf(secondChar);
        if (second < 0x80 || second > 0xBF || (secondChar >= 0x80 && secondChar < 0xA0)) {
            return null; // a text that kept this C1 control would have kept the next one too
        }
        int end = start + 2;
        if (end < s.length()) {
            int third = cs.byteOf(s.charAt(end));
            if (third >= 0x80 && third <= 0xBF) {
                return null; // a whole sequence: not lost, just not worth repairing
            }
        }
        MojibakeRepair.Candidate best = null;
        for (byte lost : cs.undefinedContinuations()) {
            int cp = ((lead & 0x0F) << 12) | ((second & 0x3F) << 6) | (lost & 0x3F);
            if (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF) || !Character.isDefined(cp)) {
                continue;
            }
            MojibakeRepair.Candidate c = judged(s, start, end, prev, new String(Character.toChars(cp)), false);
            if (c != null && (best == null || c.gain() > best.gain())) {
                best = c;
            }
        }
        return best;
    }

    private static MojibakeRepair.Candidate judged(
            String s, int start, int end, int prev, String decoded, boolean suspicious) {
        int next = end < s.length() ? Character.codePointAt(s, end) : -1;
        int before = Badness.of(prev, s.substring(start, end), next, suspicious);
        int after = Badness.of(prev, decoded, next, suspicious);
        boolean better = after < before || (suspicious && after == before && Badness.rarity(decoded) == 0);
        return better ? new MojibakeRepair.Candidate(decoded, end, before - after) : null;
    }
}
