package io.newsflow.enrich.text;

/** Unicode general categories as the regex classes {@code \p{N}} and {@code \p{M}} read them, by code point. */
public final class UnicodeCategories {

    private UnicodeCategories() {}

    /** Category N: decimal digits, letter numbers (Ⅻ) and other numbers (½, ²). */
    public static boolean number(int cp) {
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Category M: combining marks (non-spacing, spacing and enclosing). */
    public static boolean mark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK
                || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
