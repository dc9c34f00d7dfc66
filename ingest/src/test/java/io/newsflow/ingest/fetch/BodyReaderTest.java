package io.newsflow.ingest.fetch;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BodyReaderTest {

    private final BodyReader reader = new BodyReader(4 << 20, 100);

    @Test
    void refusesABombLongBeforeTheSizeLimit() throws Exception {
        byte[] bomb = gzip(new byte[64 << 20]);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), "gzip"))
                .isInstanceOf(BodyReader.BombException.class).hasMessageContaining("ratio above 100");
    }

    @Test
    void ordinaryCompressedPagesPass() throws Exception {
        byte[] html = "<p>Une histoire ordinaire, racontée une fois.</p>\n".repeat(2000).getBytes(StandardCharsets.UTF_8);
        BodyReader.Body body = new BodyReader(1 << 20, 100).read(new ByteArrayInputStream(gzip(html)), "gzip");
        assertThat(body.bytes()).isEqualTo(html);
        assertThat(body.truncated()).isFalse();
    }

    @Test
    void acceptsZlibAndRawDeflate() throws Exception {
        byte[] text = "deflated text".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(new ByteArrayInputStream(deflate(text, false)), "deflate").bytes()).isEqualTo(text);
        assertThat(reader.read(new ByteArrayInputStream(deflate(text, true)), "deflate").bytes()).isEqualTo(text);
    }

    @Test
    void truncatesAtTheLimit() throws Exception {
        BodyReader.Body body = new BodyReader(10, 100).read(new ByteArrayInputStream(new byte[25]), null);
        assertThat(body.bytes()).hasSize(10);
        assertThat(body.truncated()).isTrue();
    }

    private static byte[] gzip(byte[] plain) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
            gz.write(plain);
        }
        return buf.toByteArray();
    }

    private static byte[] deflate(byte[] plain, boolean raw) throws Exception {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(buf, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
            d.write(plain);
        }
        return buf.toByteArray();
    }
}
