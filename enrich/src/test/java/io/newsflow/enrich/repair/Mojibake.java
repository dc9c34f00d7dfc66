package io.newsflow.enrich.repair;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    static LegacyCharset charset(String name) {
        if (name.equals(LegacyCharset.LATIN_1.name())) {
            return LegacyCharset.LATIN_1;
        }
        return LegacyCharset.ALL.stream().filter(cs -> cs.name().equals(name)).findFirst().orElseThrow();
    }

    /** Non-comment, non-blank lines of a test resource. */
    static List<String> lines(String resource) {
        try (InputStream in = Mojibake.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
