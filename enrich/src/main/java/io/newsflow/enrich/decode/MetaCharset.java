package io.newsflow.enrich.decode;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The charset a page declares in its head ({@code <meta charset>} or http-equiv), found by a byte prescan as browsers do. */
final class MetaCharset {
    private static final int PRESCAN = 8192;
    private static final Pattern META = Pattern.compile("<meta\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.\\-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_DECL =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9_.\\-]+)");

    private MetaCharset() {}

    static String prescan(byte[] body) {
        int end = Math.min(body.length, PRESCAN);
        if (!mayDeclare(body, end)) return null;
        // Latin-1 maps bytes 1:1, so ASCII markup is found whatever the real charset.
        String head = new String(body, 0, end, StandardCharsets.ISO_8859_1);
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Matcher cs = CHARSET.matcher(meta.group());
            if (cs.find()) return cs.group(1);
        }
        Matcher xml = XML_DECL.matcher(head);
        return xml.find() ? xml.group(1) : null;
    }

    /** Whether a "<m" or "<?" occurs at all: a text page has none, and then neither pattern can match. */
    private static boolean mayDeclare(byte[] body, int end) {
        for (int i = 0; i + 1 < end; i++) {
            if (body[i] == '<' && ((body[i + 1] | 0x20) == 'm' || body[i + 1] == '?')) return true;
        }
        return false;
    }
}
