package io.newsflow.enrich.decode;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** One pass over the bytes: are they well-formed UTF-8, and do they use any multi-byte sequence? */
final class Utf8Check {
    /** @param multiByte well-formed multi-byte sequences seen; @param invalid malformed bytes skipped */
    record Result(boolean valid, boolean multiByte, int sequences, int invalid) {
        /** UTF-8 with a few damaged bytes (a page edited or cut carelessly), not a legacy charset. */
        boolean mostlyValid() {
            return sequences >= 20 && invalid * 50 <= sequences;
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private Utf8Check() {}

    static Result scan(byte[] b) {
        int sequences = 0, invalid = 0;
        int i = 0, n = b.length;
        while (i < n) {
            // Pages are mostly ASCII markup: step over it eight bytes at a time.
            while (i + 8 <= n && ((long) LONGS.get(b, i) & 0x8080808080808080L) == 0) i += 8;
            if (i >= n) break;
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int len = Utf8Lead.sequenceLength(c);
            // A sequence cut by truncation at the very end does not make the page non-UTF-8.
            if (len > 0 && i + len > n) break;
            if (len > 0 && followedByContinuations(b, i, len)) {
                sequences++;
                i += len;
            } else {
                invalid++;
                i++;
            }
        }
        return new Result(invalid == 0, sequences > 0, sequences, invalid);
    }

    /** Whether the {@code len - 1} bytes after the lead at {@code i} are all continuation bytes. */
    private static boolean followedByContinuations(byte[] b, int i, int len) {
        for (int k = 1; k < len; k++) {
            if ((b[i + k] & 0xC0) != 0x80) return false;
        }
        return true;
    }
}
