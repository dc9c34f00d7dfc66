package io.newsflow.enrich.stream;

import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.serde.AvroSerdes;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.TreeMap;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Keeps every record enrich writes within the record limit, so that no record can fail its transaction:
 * under exactly-once a record the producer or broker refuses aborts the whole batch, which is then
 * replayed for ever. An article too large is cut at a paragraph, its HTML dropped, and flagged with
 * {@code removed["cut-to-size"]} (characters cut); a dead letter too large keeps the start of its original
 * bytes and says so. Sizes are measured in registry-free Avro, which a registry's wire format exceeds by
 * a few bytes, well inside the headroom.
 */
final class RecordFit {
    /** Room for the key, headers and batch framing around a value. */
    static final int HEADROOM = 64 * 1024;

    private final int maxValueBytes;
    private final Serializer<Article> articles;
    private final Serializer<DeadLetter> deadLetters;

    RecordFit(int maxRecordBytes) {
        this.maxValueBytes = maxRecordBytes - HEADROOM;
        AvroSerdes measure = AvroSerdes.registryFree();
        this.articles = measure.article().serializer();
        this.deadLetters = measure.deadLetter().serializer();
    }

    PageOutcome fit(PageOutcome outcome) {
        if (outcome instanceof PageOutcome.Enriched e) return fit(e.article());
        return new PageOutcome.Failed(fit(((PageOutcome.Failed) outcome).deadLetter()));
    }

    private PageOutcome fit(Article article) {
        Article a = article;
        for (int attempt = 0; attempt < 4; attempt++) {
            int size = articles.serialize("size", a).length;
            if (size <= maxValueBytes) return new PageOutcome.Enriched(a);
            a = cut(a, Math.max(0, (int) ((long) a.getText().length() * maxValueBytes / size * 9 / 10)));
        }
        throw new TooLarge("the article does not fit in " + maxValueBytes + " bytes even when cut");
    }

    /** An article that cannot be made to fit (its metadata alone is too large). */
    static final class TooLarge extends RuntimeException {
        TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    private static Article cut(Article a, int chars) {
        String text = a.getText();
        int end = text.lastIndexOf("\n\n", chars);
        if (end < chars / 2) end = chars;
        String kept = text.substring(0, end).strip();
        TreeMap<String, Integer> removed = new TreeMap<>(a.getRemoved());
        removed.merge("cut-to-size", text.length() - kept.length(), Integer::sum);
        return Article.newBuilder(a)
                .setText(kept)
                .setHtml(null)
                .setWordCount(kept.isEmpty() ? 0 : kept.split("\\s+").length)
                .setRemoved(removed)
                .build();
    }

    private DeadLetter fit(DeadLetter d) {
        int size = deadLetters.serialize("size", d).length;
        if (size <= maxValueBytes || d.getOriginalValue() == null) return d;
        ByteBuffer original = d.getOriginalValue().duplicate();
        byte[] bytes = new byte[original.remaining()];
        original.get(bytes);
        int keep = Math.max(0, bytes.length - (size - maxValueBytes) - 1024);
        return DeadLetter.newBuilder(d)
                .setOriginalValue(ByteBuffer.wrap(Arrays.copyOf(bytes, keep)))
                .setMessage(d.getMessage() + " (original value cut from " + bytes.length + " to " + keep
                        + " bytes to fit the record limit)")
                .build();
    }
}
