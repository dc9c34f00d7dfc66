package io.newsflow.sink.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.newsflow.sink.state.MapTable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;
import org.junit.jupiter.api.Test;

class StoryStateAvroTest {

    /** A story of two real reports, as the grouper builds it. */
    private static StoryState story() {
        StoryGrouper g =
                new StoryGrouper(StorySettings.defaults(), new MapTable<>(), new MapTable<>(), new MapTable<>());
        g.assign(new StoryInput(
                "a",
                "dw.com",
                "7.0 magnitude earthquake shakes northern Japan, tsunami advisory issued",
                "",
                List.of(),
                0));
        return g.assign(new StoryInput(
                        "b",
                        "apnews.com",
                        "Japan lifts tsunami warning after powerful quake off Aomori coast",
                        "",
                        List.of(),
                        5_000_000))
                .story();
    }

    private static void assertSameStory(StoryState actual, StoryState expected) {
        assertThat(actual.id()).isEqualTo(expected.id());
        assertThat(actual.title()).isEqualTo(expected.title());
        assertThat(actual.count()).isEqualTo(expected.count());
        assertThat(actual.firstSeen()).isEqualTo(expected.firstSeen());
        assertThat(actual.lastSeen()).isEqualTo(expected.lastSeen());
        assertThat(actual.members()).isEqualTo(expected.members());
        assertThat(actual.outlets()).isEqualTo(expected.outlets());
        assertThat(actual.centroid().keySet()).isEqualTo(expected.centroid().keySet());
        expected.centroid()
                .forEach((k, w) -> assertThat(actual.centroid().get(k)).isCloseTo(w, within(1e-6)));
    }

    @Test
    void aStoryComesBackFromItsAvroForm() {
        StoryState s = story();
        byte[] stored = StoryStateAvro.encode(s);
        assertThat(stored[0]).as("single-object encoding marker").isEqualTo((byte) 0xC3);
        assertSameStory(StoryStateAvro.decode(stored), s);
    }

    @Test
    void aStorysLanguageComesBackFromItsAvroForm() {
        StoryState german = StoryState.open(
                "story-x",
                new StoryInput("x", "dw.com", "Erdbeben erschüttert Japan", "", List.of(), 0, "de"),
                Map.of("erdbeben", 1.0));
        assertThat(StoryStateAvro.decode(StoryStateAvro.encode(german)).language())
                .isEqualTo("de");
        assertThat(StoryStateAvro.decode(StoryStateAvro.encode(story())).language())
                .isNull();
    }

    @Test
    void aStorysMeaningComesBackFromItsAvroForm() {
        StoryState s = story();
        StoryState withMeaning = s.join(
                new StoryInput("c", "bbc.co.uk", "Quake hits Japan", "", List.of(), 6_000_000, "en", new float[] {
                    0.6f, -0.8f, 0f
                }),
                Map.of("quake", 1.0));
        StoryState back = StoryStateAvro.decode(StoryStateAvro.encode(withMeaning));
        assertThat(back.meaning()).containsExactly(0.6f, -0.8f, 0f);
        assertThat(back.meaningCosine(new float[] {0.6f, -0.8f, 0f})).isCloseTo(1.0, within(1e-6));
        assertThat(StoryStateAvro.decode(StoryStateAvro.encode(s)).meaning())
                .as("a story none of whose members had a vector")
                .isNull();
    }

    @Test
    void aStoryWrittenByTheFirstSchemaReadsWithoutMeaning() throws Exception {
        Schema v1 = StoryStateAvro.load(StoryStateAvro.VERSIONS.get(0));
        GenericRecord r = new GenericData.Record(v1);
        r.put("id", "story-a");
        r.put("title", "7.0 magnitude earthquake shakes northern Japan");
        r.put("centroid", Map.of("earthquak", 0.7f, "japan", 0.7f));
        r.put("count", 1);
        r.put("firstSeen", 0L);
        r.put("lastSeen", 0L);
        r.put("members", List.of("a"));
        r.put("outlets", List.of("dw.com"));
        ByteBuffer buf = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), v1).encode(r);
        byte[] stored = new byte[buf.remaining()];
        buf.get(stored);
        StoryState s = StoryStateAvro.decode(stored);
        assertThat(s.title()).isEqualTo("7.0 magnitude earthquake shakes northern Japan");
        assertThat(s.meaning()).isNull();
        assertThat(s.meaningCosine(new float[] {1f, 0f})).isNaN();
    }

    @Test
    void aStoryStoredAsTextByAnOlderSinkIsStillRead() {
        StoryState s = story();
        byte[] legacy = StoryStateCodec.encode(s).getBytes(StandardCharsets.UTF_8);
        assertSameStory(StoryStateAvro.decode(legacy), s);
    }

    @Test
    void everySchemaVersionReadsWhatTheOthersWrote() {
        List<Schema> versions =
                StoryStateAvro.VERSIONS.stream().map(StoryStateAvro::load).toList();
        for (Schema reader : versions) {
            for (Schema writer : versions) {
                assertThat(SchemaCompatibility.checkReaderWriterCompatibility(reader, writer)
                                .getType())
                        .isEqualTo(SchemaCompatibility.SchemaCompatibilityType.COMPATIBLE);
            }
        }
    }

    @Test
    void aStateWrittenTodayIsReadByANextVersionWithAFieldAdded() throws Exception {
        Schema v1 = StoryStateAvro.load(StoryStateAvro.VERSIONS.get(StoryStateAvro.VERSIONS.size() - 1));
        String v2Json = v1.toString()
                .replace(
                        "{\"name\":\"outlets\"",
                        "{\"name\":\"region\",\"type\":[\"null\",\"string\"],\"default\":null},{\"name\":\"outlets\"");
        Schema v2 = new Schema.Parser().parse(v2Json);
        var decoder = new BinaryMessageDecoder<GenericRecord>(GenericData.get(), v2);
        decoder.addSchema(v1);
        var r = decoder.decode(StoryStateAvro.encode(story()));
        assertThat(r.get("region")).isNull();
        assertThat(r.get("title").toString()).startsWith("7.0 magnitude earthquake");
    }
}
