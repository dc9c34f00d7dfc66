package io.newsflow.enrich.extract;

/**
 * One paragraph of output.
 *
 * @param kind      "p", "h2".."h6", "li", "quote", "pre", "cell" or "caption"
 * @param text      whitespace-collapsed text (line breaks kept only in pre)
 * @param linkChars characters of the text inside links
 * @param listId    identity of the enclosing list, so consecutive items render as one list; 0 when none
 */
record Block(String kind, String text, int linkChars, int listId) {

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }

    Block withText(String t) {
        return new Block(kind, t, Math.min(linkChars, t.length()), listId);
    }
}
