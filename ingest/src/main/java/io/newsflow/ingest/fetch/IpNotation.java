package io.newsflow.ingest.fetch;

import java.util.Locale;

/**
 * Recognises the IPv4 spellings that inet_aton and browsers accept besides a.b.c.d: one to four parts,
 * each decimal, octal (leading 0) or hex (0x). Only used to refuse them; see {@link SsrfGuard}.
 */
final class IpNotation {

    private IpNotation() {}

    /** True when every dot-separated part is a number in some base (so the host is an IP, not a name). */
    static boolean looksNumeric(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length == 0 || parts.length > 4) {
            return false;
        }
        for (String p : parts) {
            if (parseNumber(p) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Exactly four decimal parts 0-255 without leading zeros: the only form everyone reads the same way. */
    static boolean isCanonicalIpv4(String host) {
        String[] parts = host.split("\\.", -1);
        if (parts.length != 4) {
            return false;
        }
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 3 || (p.length() > 1 && p.charAt(0) == '0')) return false;
            for (char c : p.toCharArray()) {
                if (c < '0' || c > '9') return false;
            }
            if (Integer.parseInt(p) > 255) return false;
        }
        return true;
    }

    /** What inet_aton would make of the host, for the refusal message, e.g. "means 127.0.0.1". */
    static String describe(String host) {
        String[] parts = host.split("\\.", -1);
        long[] v = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            v[i] = parseNumber(parts[i]);
        }
        long ip = 0;
        for (int i = 0; i < v.length - 1; i++) {
            if (v[i] > 255) return "out of range";
            ip |= v[i] << (8 * (3 - i));
        }
        long last = v[v.length - 1];
        if (last >= (1L << (8 * (5 - v.length)))) return "out of range";
        ip |= last;
        return "means " + ((ip >> 24) & 255) + "." + ((ip >> 16) & 255) + "." + ((ip >> 8) & 255) + "." + (ip & 255);
    }

    /** The value of one part, or -1 when it is not a number. */
    private static long parseNumber(String p) {
        if (p.isEmpty() || p.length() > 12) {
            return -1;
        }
        String s = p.toLowerCase(Locale.ROOT);
        int radix = 10;
        if (s.startsWith("0x")) {
            radix = 16;
            s = s.substring(2);
            if (s.isEmpty()) return 0;
        } else if (s.length() > 1 && s.charAt(0) == '0') {
            radix = 8;
            s = s.substring(1);
        }
        try {
            return Long.parseLong(s, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
