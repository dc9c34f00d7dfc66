package io.newsflow.ingest.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;
import org.brotli.dec.BrotliInputStream;

/**
 * Reads a response body within limits: at most {@code maxBytes} decompressed bytes are kept (the rest is
 * not read; the body is flagged truncated), and a compressed body whose decompressed size runs away from
 * its compressed size by more than {@code maxRatio} is a decompression bomb and is refused.
 */
final class BodyReader {

    record Body(byte[] bytes, boolean truncated) {}

    static final class BombException extends IOException {
        BombException(String message) {
            super(message);
        }
    }

    /** Below this many decompressed bytes the ratio is not checked: small, highly repetitive pages are normal. */
    private static final int RATIO_FLOOR = 1 << 20;

    private final int maxBytes;
    private final int maxRatio;
    private final int ratioFloor;

    BodyReader(int maxBytes, int maxRatio) {
        this.maxBytes = maxBytes;
        this.maxRatio = maxRatio;
        this.ratioFloor = Math.min(RATIO_FLOOR, maxBytes / 2);
    }

    /** What we ask servers for; every coding named here is decoded by {@link #read}. */
    static final String ACCEPT_ENCODING = "gzip, deflate, br";

    /** Reads {@code raw}, decoding {@code contentEncoding} (gzip, deflate, br, identity). */
    Body read(InputStream raw, String contentEncoding) throws IOException {
        InputStream in = decoding(raw, contentEncoding);
        Metered metered = in instanceof Metered m ? m : null;
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
        byte[] buf = new byte[8192];
        long total = 0;
        try (InputStream closing = in) {
            while (true) {
                int want = (int) Math.min(buf.length, (long) maxBytes + 1 - total);
                int n = closing.read(buf, 0, want);
                if (n < 0) {
                    return new Body(out.toByteArray(), false);
                }
                total += n;
                refuseBomb(metered, total);
                if (total > maxBytes) {
                    out.write(buf, 0, n - (int) (total - maxBytes));
                    return new Body(out.toByteArray(), true);
                }
                out.write(buf, 0, n);
            }
        }
    }

    private static InputStream decoding(InputStream raw, String contentEncoding) throws IOException {
        String enc =
                contentEncoding == null ? "identity" : contentEncoding.strip().toLowerCase(Locale.ROOT);
        return switch (enc) {
            case "", "identity" -> raw;
            case "gzip", "x-gzip" -> new MeteredGzip(raw);
            case "deflate" -> deflate(raw);
            case "br" -> new MeteredBrotli(raw);
            default -> throw new IOException("unsupported Content-Encoding '" + enc + "'");
        };
    }

    /**
     * Throws when {@code total} decoded bytes came from too few compressed ones. Counts the compressed bytes
     * the inflater actually consumed, not what it buffered ahead from the socket.
     */
    private void refuseBomb(Metered metered, long total) throws BombException {
        if (metered != null && total > ratioFloor && total > (long) maxRatio * Math.max(1, metered.compressedBytes())) {
            throw new BombException("decompression ratio above " + maxRatio + " (" + total + " bytes from "
                    + metered.compressedBytes() + ")");
        }
    }

    private interface Metered {
        long compressedBytes();
    }

    private static final class MeteredGzip extends GZIPInputStream implements Metered {
        MeteredGzip(InputStream in) throws IOException {
            super(in, 8192);
        }

        @Override
        public long compressedBytes() {
            return inf.getBytesRead();
        }
    }

    /** HTTP "deflate" is meant to be zlib-wrapped, but many servers send raw deflate; accept both. */
    private static InputStream deflate(InputStream in) throws IOException {
        PushbackInputStream p = new PushbackInputStream(in, 2);
        byte[] head = p.readNBytes(2);
        p.unread(head);
        boolean zlib =
                head.length == 2 && (head[0] & 0x0f) == 8 && (((head[0] & 0xff) << 8) | (head[1] & 0xff)) % 31 == 0;
        Inflater inflater = new Inflater(!zlib);
        return new MeteredInflater(p, inflater);
    }

    private static final class MeteredInflater extends InflaterInputStream implements Metered {
        MeteredInflater(InputStream in, Inflater inflater) {
            super(in, inflater, 8192);
        }

        @Override
        public long compressedBytes() {
            return inf.getBytesRead();
        }

        @Override
        public void close() throws IOException {
            super.close();
            inf.end(); // a caller-supplied Inflater is not ended by InflaterInputStream
        }
    }

    /**
     * Brotli through Google's pure-Java decoder. It reads its input in blocks, so the count is what it has
     * taken from the socket, at most one block (16 KiB) ahead of what it decoded: the ratio guard is that
     * much more lenient than for gzip, which is still far below any bomb.
     */
    private static final class MeteredBrotli extends FilterInputStream implements Metered {
        private final Counting counting;

        MeteredBrotli(InputStream raw) throws IOException {
            this(new Counting(raw));
        }

        private MeteredBrotli(Counting counting) throws IOException {
            super(new BrotliInputStream(counting));
            this.counting = counting;
        }

        @Override
        public long compressedBytes() {
            return counting.count;
        }
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) count++;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) count += n;
            return n;
        }
    }
}
