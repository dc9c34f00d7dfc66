package io.newsflow.enrich.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helpers: make mojibake the way real systems do, and read the clean fixture. */
final class Mojibake {

    private Mojibake() {}

    /** {@code text} encoded as UTF-8 and decoded as {@code wrong}. */
    static String of(String text, LegacyCharset wrong) {
        return wrong.decode(text.getBytes(StandardCharsets.UTF_8));
    }

    /** {@code text} encoded as UTF-8 and decoded as {@code wrong}, {@code times} times over. */
    static String of(String text, LegacyCharset wrong, int times) {
        String s = text;
        for (int i = 0; i < times; i++) {
            s = of(s, wrong);
        }
        return s;
    }

    /**
     * Whether another supported charset reads the whole of {@code broken} back as valid UTF-8 that
     * is not {@code clean} ("MĂźller" is "Müller" via ISO-8859-2 but "Mßller" via windows-1250):
     * then the text alone cannot say which repair is right.
     */
    static boolean readsAsOtherText(String broken, String clean, LegacyCharset used) {
        for (LegacyCharset other : LegacyCharset.ALL) {
            if (other == used || !other.canEncode(broken)) {
                continue;
            }
            byte[] bytes = new byte[broken.length()];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = (byte) other.byteOf(broken.charAt(i));
            }
            try {
                String read = StandardCharsets.UTF_8
                        .newDecoder()
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                if (!read.equals(clean)) {
                    return true;
                }
            } catch (CharacterCodingException e) {
                // not UTF-8 through that charset
            }
        }
        return false;
    }

    static LegacyCharset charset(String name) {
        if (name.equals(LegacyCharset.LATIN_1.name())) {
            return LegacyCharset.LATIN_1;
        }
        return LegacyCharset.ALL.stream()
                .filter(cs -> cs.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    /** Non-comment, non-blank lines of a test resource. */
    static List<String> lines(String resource) {
        try (InputStream in = Mojibake.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
