package io.newsflow.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BodyReaderTest {

    private final BodyReader reader = new BodyReader(4 << 20, 100);

    @Test
    void refusesABombLongBeforeTheSizeLimit() throws Exception {
        byte[] bomb = gzip(new byte[64 << 20]);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb), "gzip"))
                .isInstanceOf(BodyReader.BombException.class)
                .hasMessageContaining("ratio above 100");
    }

    @Test
    void ordinaryCompressedPagesPass() throws Exception {
        byte[] html = "<p>Une histoire ordinaire, racontée une fois.</p>\n"
                .repeat(2000)
                .getBytes(StandardCharsets.UTF_8);
        BodyReader.Body body = new BodyReader(1 << 20, 100).read(new ByteArrayInputStream(gzip(html)), "gzip");
        assertThat(body.bytes()).isEqualTo(html);
        assertThat(body.truncated()).isFalse();
    }

    @Test
    void acceptsZlibAndRawDeflate() throws Exception {
        byte[] text = "deflated text".getBytes(StandardCharsets.UTF_8);
        assertThat(reader.read(new ByteArrayInputStream(deflate(text, false)), "deflate")
                        .bytes())
                .isEqualTo(text);
        assertThat(reader.read(new ByteArrayInputStream(deflate(text, true)), "deflate")
                        .bytes())
                .isEqualTo(text);
    }

    @Test
    void decodesBrotli() throws Exception {
        byte[] html = fixture("page.html");
        BodyReader.Body body = reader.read(new ByteArrayInputStream(fixture("page.html.br")), "br");
        assertThat(body.bytes()).isEqualTo(html);
        assertThat(body.truncated()).isFalse();
    }

    @Test
    void refusesABrotliBombAndCutsLongBrotliBodies() throws Exception {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(fixture("zeros-20mb.br")), "br"))
                .isInstanceOf(BodyReader.BombException.class)
                .hasMessageContaining("ratio above 100");
        // with the ratio guard out of the way (zeros compress beyond any sane ratio) the size cap still holds
        BodyReader.Body cut =
                new BodyReader(1000, Integer.MAX_VALUE).read(new ByteArrayInputStream(fixture("page.html.br")), "br");
        assertThat(cut.bytes()).hasSize(1000).isEqualTo(Arrays.copyOf(fixture("page.html"), 1000));
        assertThat(cut.truncated()).isTrue();
    }

    @Test
    void corruptBrotliIsAnErrorNotAPage() {
        byte[] broken = Arrays.copyOf(fixture("page.html.br"), 100);
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(broken), "br"))
                .isInstanceOf(IOException.class);
    }

    @Test
    void truncatesAtTheLimit() throws Exception {
        BodyReader.Body body = new BodyReader(10, 100).read(new ByteArrayInputStream(new byte[25]), null);
        assertThat(body.bytes()).hasSize(10);
        assertThat(body.truncated()).isTrue();
    }

    /** Brotli bytes made offline with the brotli CLI: see fixtures/encoding/README.md. */
    static byte[] fixture(String name) {
        try (InputStream in = BodyReaderTest.class.getResourceAsStream("/fixtures/encoding/" + name)) {
            if (in == null) throw new IllegalArgumentException("no fixture " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
