package io.newsflow.schema.serde;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.Article;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

class EncodedOnceTest {

    private static Article article(String text) {
        return Article.newBuilder()
                .setId("a")
                .setUrl("https://a.example/")
                .setText(text)
                .setContentHash("h")
                .build();
    }

    @Test
    void theSameArticleIsEncodedOnceForEveryTopicAndReadsBackWhole() {
        Serde<Article> fanOut = AvroSerdes.registryFree().articleForFanOut();
        Article a = article("One text, three topics.");
        byte[] clean = fanOut.serializer().serialize("articles.clean", a);
        assertThat(fanOut.serializer().serialize("articles.latest", a)).isSameAs(clean);
        assertThat(clean)
                .isEqualTo(AvroSerdes.registryFree().article().serializer().serialize("t", a));
        assertThat(fanOut.deserializer().deserialize("articles.latest", clean)).isEqualTo(a);
    }

    @Test
    void anotherArticleIsEncodedAfreshEvenWhenEqual() {
        Serde<Article> fanOut = AvroSerdes.registryFree().articleForFanOut();
        Article a = article("First.");
        byte[] first = fanOut.serializer().serialize("t", a);
        byte[] copy = fanOut.serializer().serialize("t", Article.newBuilder(a).build());
        assertThat(copy).isNotSameAs(first).isEqualTo(first);
        Article b = article("Second.");
        assertThat(fanOut.deserializer().deserialize("t", fanOut.serializer().serialize("t", b)))
                .isEqualTo(b);
        assertThat(fanOut.serializer().serialize("t", null)).isNull();
    }
}
