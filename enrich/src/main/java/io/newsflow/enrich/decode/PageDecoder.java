package io.newsflow.enrich.decode;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Turns page bytes into text the way a browser would: byte-order mark first, then the transport's
 * charset, then the page's own {@code <meta>} declaration, then ICU detection. A declaration is
 * overruled when it is clearly wrong: declared UTF-8 but the bytes are not, or declared a legacy
 * single-byte charset while the bytes are valid multi-byte UTF-8. Never throws on bad bytes
 * (malformed input becomes U+FFFD). Thread-safe.
 */
public final class PageDecoder {

    public static PageDecoder defaults() {
        return new PageDecoder();
    }

    /** The page's text; NUL characters are dropped (no text has them, and parsers turn them into U+FFFD). */
    public Decoded decode(byte[] body, String declaredCharset) {
        Decoded d = decodeAsIs(body, declaredCharset);
        return d.text().indexOf('\0') < 0 ? d : new Decoded(d.text().replace("\0", ""), d.charset(), d.source());
    }

    private Decoded decodeAsIs(byte[] body, String declaredCharset) {
        Decoded bom = byBom(body);
        if (bom != null) return bom;
        var wide = UtfWidth.withoutBom(body);
        if (wide.isPresent()) return wide(body, wide.get(), "zero-bytes");
        Utf8Check.Result utf8 = Utf8Check.scan(body);
        Charset declared = lookup(declaredCharset);
        String source = "declared";
        if (declared == null) {
            declared = asciiCompatible(lookup(MetaCharset.prescan(body)));
            source = "meta";
        }
        if (declared != null) {
            if (isUtf8(declared)) {
                if (utf8.valid()) return decode(body, StandardCharsets.UTF_8, source);
            } else if (utf8.valid() && utf8.multiByte() && isSingleByteLegacy(declared)) {
                return decode(body, StandardCharsets.UTF_8, "utf-8-valid");
            } else if (utf8.mostlyValid()) {
                // Legacy declared, yet the bytes are UTF-8 but for a few damaged ones: the declaration is stale.
                return decode(body, StandardCharsets.UTF_8, "utf-8-valid");
            } else {
                return decode(body, declared, source);
            }
        }
        if (utf8.valid() || utf8.mostlyValid()) return decode(body, StandardCharsets.UTF_8, "utf-8-valid");
        Charset detected = detect(body);
        return detected == null
                ? decode(body, Charset.forName("windows-1252"), "fallback")
                : decode(body, detected, "detected");
    }

    private static Decoded byBom(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return new Decoded(new String(b, 3, b.length - 3, StandardCharsets.UTF_8), "UTF-8", "bom");
        }
        return UtfWidth.byBom(b).map(f -> wide(b, f, "bom")).orElse(null);
    }

    private static Decoded wide(byte[] b, UtfWidth.Found f, String source) {
        int length = b.length - f.bomLength();
        // A body cut mid-character (by a size limit) loses its last partial unit, not a whole decode.
        int unit = f.charset().name().startsWith("UTF-32") ? 4 : 2;
        length -= length % unit;
        return new Decoded(
                new String(b, f.bomLength(), length, f.charset()), f.charset().name(), source);
    }

    private static Decoded decode(byte[] b, Charset cs, String source) {
        // String's constructor replaces malformed input with U+FFFD and never throws.
        return new Decoded(new String(b, cs), cs.name(), source);
    }

    private static Charset detect(byte[] body) {
        try {
            CharsetDetector d = new CharsetDetector();
            d.enableInputFilter(true); // ignore markup when guessing
            d.setText(body.length > 65536 ? Arrays.copyOf(body, 65536) : body);
            CharsetMatch m = d.detect();
            return m == null ? null : lookup(m.getName());
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Charset by name as browsers map labels (latin1 and ASCII mean windows-1252); null when unknown. */
    static Charset lookup(String name) {
        if (name == null || name.isBlank()) return null;
        String n = name.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        switch (n) {
            case "iso-8859-1", "latin1", "latin-1", "iso8859-1", "us-ascii", "ascii", "iso_8859-1" ->
                n = "windows-1252";
            case "utf8", "unicode-1-1-utf-8" -> n = "utf-8";
            case "gb2312", "gbk", "x-gbk" -> n = "gb18030";
            case "iso-8859-9" -> n = "windows-1254";
            case "tis-620", "iso-8859-11" -> n = "windows-874";
            // A page that says UTF-16 in a meta tag was necessarily read as ASCII-compatible.
            case "utf-16", "utf-16le", "utf-16be" -> n = "utf-8";
            default -> {}
        }
        try {
            return Charset.isSupported(n) ? Charset.forName(n) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * A declaration read from the page's own ASCII bytes, null when the charset cannot encode that ASCII as
     * ASCII (UTF-32, EBCDIC): a page that says so in readable markup is lying.
     */
    private static Charset asciiCompatible(Charset cs) {
        if (cs == null || !cs.canEncode()) return cs;
        return Arrays.equals(ASCII_PROBE.getBytes(cs), ASCII_PROBE.getBytes(StandardCharsets.US_ASCII)) ? cs : null;
    }

    private static final String ASCII_PROBE = "<meta charset=\"Az09-_.:;/?\">";

    private static boolean isUtf8(Charset cs) {
        return cs.equals(StandardCharsets.UTF_8);
    }

    private static boolean isSingleByteLegacy(Charset cs) {
        String n = cs.name().toLowerCase(Locale.ROOT);
        return n.startsWith("windows-125") || n.startsWith("iso-8859") || n.equals("koi8-r") || n.equals("koi8-u");
    }
}
