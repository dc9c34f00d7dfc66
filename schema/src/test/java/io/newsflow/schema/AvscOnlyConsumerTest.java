package io.newsflow.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsflow.schema.serde.AvroSerdes;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/** A consumer that has nothing but the .avsc files (no generated classes, no registry) reads every topic. */
class AvscOnlyConsumerTest {

    private static final Path AVSC = Path.of("src/main/avro");

    static Schema parse(String name) throws IOException {
        Schema.Parser parser = new Schema.Parser();
        for (String file : List.of("Topic.avsc", "RawPage.avsc", "Article.avsc", "DeadLetter.avsc", "Story.avsc")) {
            parser.parse(AVSC.resolve(file).toFile());
        }
        return parser.getTypes().get("io.newsflow.schema." + name);
    }

    private static <T extends SpecificRecord> GenericRecord roundTrip(Serde<T> serde, T record, String name)
            throws IOException {
        byte[] bytes = serde.serializer().serialize("t", record);
        BinaryMessageDecoder<GenericRecord> decoder = new BinaryMessageDecoder<>(GenericData.get(), parse(name));
        return decoder.decode(bytes);
    }

    @Test
    void decodesRawPagesFromTheAvscAlone() throws IOException {
        GenericRecord page = roundTrip(AvroSerdes.registryFree().rawPage(), Records.rawPage(), "RawPage");
        assertThat(page.get("url").toString()).isEqualTo("https://news.example/world/1");
        assertThat(page.get("source").toString()).isEqualTo("FEED");
    }

    @Test
    void decodesArticlesFromTheAvscAlone() throws IOException {
        GenericRecord article = roundTrip(AvroSerdes.registryFree().article(), Records.article(), "Article");
        assertThat(article.get("text").toString()).isEqualTo("Hello – world.");
        assertThat(((GenericRecord) ((List<?>) article.get("topics")).get(0))
                        .get("code")
                        .toString())
                .isEqualTo("medtop:11000000");
    }

    @Test
    void decodesDeadLettersFromTheAvscAlone() throws IOException {
        GenericRecord dead = roundTrip(AvroSerdes.registryFree().deadLetter(), Records.deadLetter(), "DeadLetter");
        assertThat(dead.get("errorKind").toString()).isEqualTo("undecodable-record");
        assertThat(dead.get("sourceOffset")).isEqualTo(42L);
    }

    @Test
    void decodesStoriesFromTheAvscAlone() throws IOException {
        Story story = Story.newBuilder()
                .setId("story-a1")
                .setTitle("Xi to visit Moscow")
                .setArticleIds(List.of("a1", "b2"))
                .setArticleCount(2)
                .setOutlets(List.of("one.example", "two.example"))
                .setKeywords(List.of("xi", "moscow"))
                .build();
        GenericRecord decoded = roundTrip(AvroSerdes.registryFree().story(), story, "Story");
        assertThat(decoded.get("articleCount")).isEqualTo(2);
        assertThat(((List<?>) decoded.get("articleIds"))).hasSize(2);
    }

    @Test
    void specificSerdeRoundTripsEveryField() {
        Serde<Article> serde = AvroSerdes.registryFree().article();
        Article original = Records.article();
        assertThat(serde.deserializer().deserialize("t", serde.serializer().serialize("t", original)))
                .isEqualTo(original);
    }

    @Test
    void garbageBytesFailWithASerializationExceptionNamingTheType() {
        Serde<RawPage> serde = AvroSerdes.registryFree().rawPage();
        assertThatThrownBy(() -> serde.deserializer().deserialize("pages.raw", "not avro at all".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("RawPage");
    }
}
