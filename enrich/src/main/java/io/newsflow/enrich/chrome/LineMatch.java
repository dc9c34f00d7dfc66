package io.newsflow.enrich.chrome;

/**
 * What the rules say about one line on its own, before context is looked at.
 *
 * @param kind     chrome kind of the rule that matched
 * @param evidence how strongly the line is chrome
 * @param rule     the rule that matched (for explaining a removal)
 */
record LineMatch(String kind, Evidence evidence, ChromeRule rule) {

    enum Evidence {
        /** Chrome on its own: a phrase, prefix, pattern, or enough terms. */
        HIT,
        /** Chrome on its own, and heads a block that may take the lines below it. */
        HEADER,
        /** A feed time stamp: chrome only inside a feed (see {@link ChromeBlock}). */
        TIMESTAMP,
        /** Some pitch terms, not enough: chrome only next to chrome of the same kind. */
        WEAK
    }

    /** Removed whatever surrounds it. */
    boolean strong() {
        return evidence == Evidence.HIT || evidence == Evidence.HEADER;
    }
}
