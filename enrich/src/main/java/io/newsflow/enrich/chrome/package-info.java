/**
 * Chrome removal: site furniture (error widgets, related boxes, promos, comment forms, pleas,
 * newsletter forms, sidebars, footers, ...) taken out of article text, line by line, with every
 * removal counted by kind.
 *
 * <p>Only {@link io.newsflow.enrich.chrome.ChromeFilter} is public. Inside:
 *
 * <ul>
 * <li>Rules are data: {@code kinds.index} and one {@code <kind>.rules} file per kind beside it,
 *     read by {@code RuleFile} into {@code ChromeRule}s. A new site's chrome is a rule line; a new
 *     kind is a file and an index line.</li>
 * <li>{@code LineText} folds a line into the forms rules compare with; {@code LineMatcher} judges
 *     each line alone (phrase, header, prefix, pattern, pitch terms, time stamp).</li>
 * <li>Context rules then judge lines the line rules cannot: {@code ChromeBlock} (a header over
 *     link lists and time-stamped feeds), {@code ChromeNeighbours} (pleas and forms by the company
 *     they keep), {@code ChromeTail} (junk trailing the chrome at the end).</li>
 * <li>{@code LineShape} says what reads as prose. Every context rule stops at prose: a kept promo
 *     costs less than a lost paragraph.</li>
 * </ul>
 */
package io.newsflow.enrich.chrome;
