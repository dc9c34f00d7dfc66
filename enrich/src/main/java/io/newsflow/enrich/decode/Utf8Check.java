package io.newsflow.enrich.decode;

/** One pass over the bytes: are they well-formed UTF-8, and do they use any multi-byte sequence? */
final class Utf8Check {
    record Result(boolean valid, boolean multiByte) {}

    private Utf8Check() {}

    static Result scan(byte[] b) {
        boolean multi = false;
        int i = 0, n = b.length;
        while (i < n) {
            int c = b[i] & 0xFF;
            if (c < 0x80) { i++; continue; }
            int len;
            if (c >= 0xC2 && c <= 0xDF) len = 2;
            else if (c >= 0xE0 && c <= 0xEF) len = 3;
            else if (c >= 0xF0 && c <= 0xF4) len = 4;
            else return new Result(false, multi);
            if (i + len > n) {
                // A sequence cut by truncation at the very end does not make the page non-UTF-8.
                return new Result(true, multi);
            }
            for (int k = 1; k < len; k++) {
                if ((b[i + k] & 0xC0) != 0x80) return new Result(false, multi);
            }
            multi = true;
            i += len;
        }
        return new Result(true, multi);
    }
}
