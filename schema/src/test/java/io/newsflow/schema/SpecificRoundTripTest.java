package io.newsflow.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.serde.AvroSerdes;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.junit.jupiter.api.Test;

/**
 * Every contract written and read back as its generated class, the way the stages read them (Avro 1.12.2
 * refused to instantiate the untrusted contract classes, which this shows at once).
 */
class SpecificRoundTripTest {

    private final AvroSerdes serdes = AvroSerdes.registryFree();

    @Test
    void everyContractComesBackAsItsGeneratedClassAndEqual() {
        assertRoundTrip(serdes.rawPage(), Records.rawPage());
        assertRoundTrip(serdes.article(), Records.article());
        assertRoundTrip(serdes.deadLetter(), Records.deadLetter());
    }

    @Test
    void nestedRecordsAndEnumsComeBackTyped() {
        RawPage page = roundTrip(serdes.rawPage(), Records.rawPage());
        assertThat(page.getSource()).isEqualTo(PageSource.FEED);
        Article article = roundTrip(serdes.article(), Records.article());
        assertThat(article.getTopics()).hasOnlyElementsOfType(Topic.class);
        assertThat(List.copyOf(article.getTopics())).extracting(Topic::getCode).containsExactly("medtop:11000000");
    }

    private static <T extends SpecificRecord> void assertRoundTrip(Serde<T> serde, T value) {
        T back = roundTrip(serde, value);
        assertThat(back).isInstanceOf(value.getClass()).isEqualTo(value);
    }

    private static <T extends SpecificRecord> T roundTrip(Serde<T> serde, T value) {
        byte[] bytes = serde.serializer().serialize("t", value);
        return serde.deserializer().deserialize("t", bytes);
    }
}
