package io.newsflow.enrich.repair;

/**
 * C1 control characters left after mojibake repair are windows-1252 text that was read as
 * ISO-8859-1 ("\u0084Handwerk\u0093" is "„Handwerk“"): real text never contains them, so each one
 * windows-1252 defines becomes that character. The five it leaves undefined stay as they are.
 */
final class C1Controls {

    private static final LegacyCharset WINDOWS_1252 = LegacyCharset.ALL.get(0);

    private C1Controls() {}

    static String asWindows1252(String s, int[] repairs) {
        char[] chars = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && c < 0xA0) {
                char shown = WINDOWS_1252.charOf(c);
                if (shown != c) {
                    if (chars == null) {
                        chars = s.toCharArray();
                    }
                    chars[i] = shown;
                    repairs[0]++;
                }
            }
        }
        return chars == null ? s : new String(chars);
    }
}
