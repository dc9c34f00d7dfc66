/**
 * Text repair: mojibake, entities escaped twice, Unicode and whitespace normalisation. The only
 * public type is {@link io.newsflow.enrich.repair.TextRepair}; everything else is package-private.
 *
 * <h2>How mojibake is found</h2>
 *
 * <ul>
 *   <li>{@code LegacyCharset}: byte/char tables for windows-1252, windows-1251, windows-1250,
 *       ISO-8859-2, MacRoman, IBM437 and windows-874, built from the JDK's charsets (the JDK has
 *       them all; no table is written by hand). Windows code pages are "sloppy": their undefined
 *       bytes read as the C1 control of the same number, and C1 controls are accepted back, so
 *       windows-1252 also covers ISO-8859-1 mojibake.
 *   <li>{@code MojibakeRepair}: for each charset, a span is a run of characters whose bytes are
 *       complete multi-byte UTF-8 sequences. A span is replaced by its decoding (repeated, for
 *       mojibake of mojibake) only when that lowers {@code Badness} in its context; characters
 *       outside spans are never touched. The charsets compete over the whole text (a text is
 *       usually broken by one charset); passes repeat, so mixed or layered mojibake is undone
 *       one layer at a time. Once a charset has shown mojibake in a text, its tied spans are
 *       repaired too (but never into rare characters).
 *   <li>{@code Badness}: tell-tale patterns of mojibake (C1 controls, accented letter then
 *       symbol, letters of two scripts touching, Â/Ã/Ä/Å/Ă/Ĺ/ƒ then a small letter or symbol,
 *       box drawing next to letters, characters rare in running text) minus typography real text
 *       uses (closing quote or ellipsis after a word, apostrophe before one).
 *   <li>{@code LostByte}: mojibake that lost a byte: the C1 control of "â€\u009D" dropped, or
 *       the no-break space of "Ã\u00A0" turned into a space.
 *   <li>{@code EntityUnescape}: {@code &amp;eacute;}, {@code &amp;#8217;}, bare {@code &#8217;}
 *       and {@code &eacute;}, and bare {@code &amp;} become characters.
 * </ul>
 *
 * <h2>Decisions</h2>
 *
 * <ul>
 *   <li>No-break spaces (U+00A0, U+202F) are kept; only runs of spaces and tabs collapse to one
 *       space; line breaks stay; nothing is trimmed.
 *   <li>Bare {@code &lt;} and {@code &gt;} stay: in running text they are more often an article
 *       quoting markup than a failed unescape.
 *   <li>A quoted example of mojibake ("pages show Ã© instead of é") is repaired like any other:
 *       text cannot tell a quotation from a fault.
 *   <li>Ambiguous cases are left alone: a short fragment whose mojibake reads as plausible text
 *       ("ั—ะถะฐะบ", Cyrillic read as Thai), or a Portuguese capital Ã before a closing quote
 *       ("‘IRMÃ’ ") in a text with no other mojibake.
 *   <li>In a text already shown to hold windows-1252 (or -1251) mojibake, a word-initial "Ã "
 *       is read as the French word "à" whose no-break space was lost ("jusqu'Ã nos jours"):
 *       a standalone Portuguese "Ã" in such a text is the price (one line of the scorecard).
 *   <li>MacRoman and IBM437 must remove two points of badness in a text before they are believed:
 *       their mojibake looks like the symbols of emoticons, maths and line art ("`¬´", "√π"),
 *       so a lone weak span ("√†" for "à") is left alone.
 *   <li>C1 controls left over are read as windows-1252 ("\u0084" becomes „).
 *   <li>U+FFFD left by a strict decoder is not guessed back: the byte it replaced is lost.
 * </ul>
 */
package io.newsflow.enrich.repair;
