package io.newsflow.enrich.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {
    private final PageDecoder decoder = PageDecoder.defaults();
    private static final String TEXT = "Grüße aus Köln – süß & schön";

    @Test
    void byteOrderMarkWinsOverDeclarations() {
        byte[] body = concat(
                new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ("<meta charset=windows-1252>" + TEXT).getBytes(StandardCharsets.UTF_8));
        Decoded d = decoder.decode(body, "ISO-8859-1");
        assertThat(d.text()).endsWith(TEXT);
        assertThat(d.source()).isEqualTo("bom");
    }

    @Test
    void honoursMetaCharset() {
        byte[] body =
                ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body>"
                                + TEXT)
                        .getBytes(Charset.forName("windows-1252"));
        Decoded d = decoder.decode(body, null);
        assertThat(d.text()).endsWith(TEXT);
        assertThat(d.source()).isEqualTo("meta");
    }

    @Test
    void transportCharsetWinsOverMeta() {
        String euro = "Preis: 5 € für Grüße";
        byte[] body = ("<meta charset=windows-1251><p>" + euro).getBytes(Charset.forName("ISO-8859-15"));
        Decoded d = decoder.decode(body, "iso-8859-15");
        assertThat(d.text()).endsWith(euro);
    }

    @Test
    void overrulesUtf8DeclarationWhenBytesAreNotUtf8() {
        String german =
                "<p>Die Bürger äußerten große Sorge über die Straßenbahn, die Gebühren und die Öffnungszeiten.</p>";
        byte[] body = ("<meta charset=utf-8>" + german.repeat(5)).getBytes(Charset.forName("windows-1252"));
        Decoded d = decoder.decode(body, "UTF-8");
        assertThat(d.text()).contains("Bürger äußerten große").doesNotContain("\uFFFD");
        assertThat(d.source()).isEqualTo("detected");
    }

    @Test
    void readsValidUtf8DespiteLegacyDeclaration() {
        byte[] body = ("<meta charset=iso-8859-1><p>" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(decoder.decode(body, null).text()).endsWith(TEXT);
    }

    @Test
    void readsUtf16WithBom() {
        byte[] body = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, ("<p>" + TEXT).getBytes(StandardCharsets.UTF_16LE));
        assertThat(decoder.decode(body, null).text()).isEqualTo("<p>" + TEXT);
        assertThat(BinarySniffer.whyBinary(body)).isEmpty();
    }

    @Test
    void neverThrowsOnMalformedBytes() {
        byte[] body = {'<', 'p', '>', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) 0xFE, 'a'};
        assertThat(decoder.decode(body, "utf-8").text()).startsWith("<p>");
        assertThat(decoder.decode(body, "no-such-charset").text()).startsWith("<p>");
    }

    @Test
    void recognisesImagesAndNulHeavyBodies() {
        assertThat(BinarySniffer.whyBinary(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}))
                .contains("JPEG image");
        assertThat(BinarySniffer.whyBinary("GIF89a....".getBytes(StandardCharsets.US_ASCII)))
                .contains("GIF image");
        assertThat(BinarySniffer.whyBinary(new byte[512])).isPresent();
        assertThat(BinarySniffer.whyBinary("<html><p>fine</p>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
