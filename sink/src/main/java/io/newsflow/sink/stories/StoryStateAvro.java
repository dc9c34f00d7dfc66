package io.newsflow.sink.stories;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.BinaryMessageEncoder;

/**
 * Store form of a {@link StoryState}: Avro's single-object encoding, whose header names the writer schema by
 * fingerprint, so a sink reads what an older (or newer, once it knows the schema) sink wrote, resolved by
 * Avro's rules. The schemas are resources beside this class, one file per version ({@link #VERSIONS}), the
 * last one written. A value without the Avro header is the tab-separated text sinks wrote before: it is
 * still read ({@link StoryStateCodec}), and is gone from the store a story window after the upgrade.
 */
final class StoryStateAvro {

    /** Every schema a sink ever wrote, oldest first; the last is written. */
    static final List<String> VERSIONS = List.of("StoryState-v1.avsc", "StoryState-v2.avsc", "StoryState-v3.avsc");

    private static final Schema SCHEMA = load(VERSIONS.get(VERSIONS.size() - 1));
    private static final BinaryMessageEncoder<GenericRecord> ENCODER =
            new BinaryMessageEncoder<>(GenericData.get(), SCHEMA);
    private static final BinaryMessageDecoder<GenericRecord> DECODER = decoder();

    /** The first two bytes of every single-object encoded value. */
    private static final byte[] MARKER = {(byte) 0xC3, (byte) 0x01};

    private StoryStateAvro() {}

    static byte[] encode(StoryState s) {
        GenericRecord r = new GenericData.Record(SCHEMA);
        Map<String, Float> centroid = new HashMap<>();
        s.centroid().forEach((k, w) -> centroid.put(k, (float) (double) w));
        r.put("id", s.id());
        r.put("title", s.title());
        r.put("centroid", centroid);
        r.put("count", s.count());
        r.put("firstSeen", s.firstSeen());
        r.put("lastSeen", s.lastSeen());
        r.put("members", s.members());
        r.put("outlets", s.outlets());
        if (s.meaning() != null) {
            ByteBuffer meaning =
                    ByteBuffer.allocate(s.meaning().length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
            meaning.asFloatBuffer().put(s.meaning());
            r.put("meaning", meaning);
        }
        r.put("language", s.language());
        try {
            ByteBuffer buf = ENCODER.encode(r);
            byte[] out = new byte[buf.remaining()];
            buf.get(out);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static StoryState decode(byte[] stored) {
        if (stored.length < 2 || stored[0] != MARKER[0] || stored[1] != MARKER[1]) {
            return StoryStateCodec.decode(new String(stored, StandardCharsets.UTF_8));
        }
        GenericRecord r;
        try {
            r = DECODER.decode(stored);
        } catch (IOException e) {
            throw new UncheckedIOException("story state written with a schema this sink does not know", e);
        }
        Map<String, Double> centroid = new HashMap<>();
        ((Map<?, ?>) r.get("centroid")).forEach((k, w) -> centroid.put(k.toString(), ((Float) w).doubleValue()));
        return new StoryState(
                r.get("id").toString(),
                r.get("title").toString(),
                Map.copyOf(centroid),
                (Integer) r.get("count"),
                (Long) r.get("firstSeen"),
                (Long) r.get("lastSeen"),
                strings(r.get("members")),
                strings(r.get("outlets")),
                floats(r.get("meaning")),
                r.get("language") == null ? null : r.get("language").toString());
    }

    private static float[] floats(Object avroBytes) {
        if (avroBytes == null) {
            return null;
        }
        ByteBuffer b = ((ByteBuffer) avroBytes).duplicate().order(ByteOrder.LITTLE_ENDIAN);
        float[] out = new float[b.remaining() / Float.BYTES];
        b.asFloatBuffer().get(out);
        return out;
    }

    private static List<String> strings(Object avroList) {
        List<String> out = new ArrayList<>();
        for (Object o : (List<?>) avroList) {
            out.add(o.toString());
        }
        return out;
    }

    private static BinaryMessageDecoder<GenericRecord> decoder() {
        BinaryMessageDecoder<GenericRecord> d = new BinaryMessageDecoder<>(GenericData.get(), SCHEMA);
        for (String version : VERSIONS) {
            d.addSchema(load(version));
        }
        return d;
    }

    static Schema load(String resource) {
        try (InputStream in = StoryStateAvro.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("story state schema missing from the classpath: " + resource);
            }
            return new Schema.Parser().parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
