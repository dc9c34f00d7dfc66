package io.newsflow.app.operate;

import io.newsflow.app.config.TopicSettings;
import io.newsflow.kafka.KafkaSettings;
import io.newsflow.schema.Article;
import io.newsflow.schema.DeadLetter;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.Story;
import java.io.PrintWriter;
import java.util.function.Function;

/** What {@code newsflow tail} and {@code newsflow dlq list} print. */
public final class TopicTail {

    private final KafkaSettings kafka;
    private final TopicSettings topics;
    private final TopicValues values;

    public TopicTail(KafkaSettings kafka, TopicSettings topics) {
        this.kafka = kafka;
        this.topics = topics;
        this.values = new TopicValues(topics, kafka.serdes());
    }

    public void tail(String topic, boolean fromBeginning, boolean json, long limit, PrintWriter out) {
        Function<byte[], Object> decode = values.decoder(topic);
        TopicReader.read(kafka, topic, fromBeginning, false, seen -> seen >= limit, r -> {
            Object v = decode.apply(r.value());
            out.println(json ? String.valueOf(v) : r.partition() + "@" + r.offset() + " " + r.key() + " " + line(v));
        });
    }

    public void listDeadLetters(String reason, PrintWriter out) {
        Function<byte[], Object> decode = values.decoder(topics.pagesDlq());
        TopicReader.read(kafka, topics.pagesDlq(), true, true, seen -> false, r -> {
            DeadLetter d = (DeadLetter) decode.apply(r.value());
            if (reason == null || reason.equals(d.getErrorKind())) {
                out.printf(
                        "%d@%d %s %s %s %s: %s%n",
                        r.partition(),
                        r.offset(),
                        d.getFailedAt(),
                        d.getStage(),
                        d.getErrorKind(),
                        d.getUrl(),
                        d.getMessage());
            }
        });
    }

    private static String line(Object v) {
        if (v instanceof Article a) return a.getTitle() + " | " + a.getSite() + " | " + a.getWordCount() + " words";
        if (v instanceof RawPage p) return p.getUrl() + " " + p.getBody().remaining() + " bytes";
        if (v instanceof DeadLetter d) return d.getStage() + " " + d.getErrorKind() + " " + d.getUrl();
        if (v instanceof Story s) return s.getId() + " " + s.getTitle() + " | " + s.getArticleCount() + " articles";
        return String.valueOf(v);
    }
}
