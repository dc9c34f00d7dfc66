package io.newsflow.enrich.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Pages that are junk must not become articles, and pages in odd but valid encodings must: through the
 * extractor's front door, as the stream sees them.
 */
class JunkPagesTest {
    private static final Extractor EXTRACTOR = Extractor.withDefaults();
    private static final String PROSE = "The harbour council met on Tuesday evening and voted to approve the new sea"
            + " wall, after residents spoke for and against the plan for more than two hours in the crowded hall.";
    private static final String PAGE = "<html><head><title>Council approves sea wall</title></head><body><article><p>"
            + PROSE + "</p><p>" + PROSE + "</p></article></body></html>";

    private static ExtractedArticle extract(byte[] body, String type, String charset) throws ExtractionException {
        return EXTRACTOR.extract(new PageInput("https://junk.example/p", body, type, charset));
    }

    private static void assertNotAnArticle(byte[] body, String type, String kind) {
        assertThatThrownBy(() -> extract(body, type, null))
                .isInstanceOfSatisfying(
                        ExtractionException.class, e -> assertThat(e.kind()).isEqualTo(kind));
    }

    @Test
    void whitespaceAndNoBreakSpacesAreNoArticle() {
        String blank = "<html><head><title>\u00a0</title></head><body>"
                + "<p>\u00a0 \u00a0\u2007 \u3000</p>".repeat(999) + "</body></html>";
        assertNotAnArticle(blank.getBytes(StandardCharsets.UTF_8), "text/html", "no-text");
        // a text page is judged line by line first: no line is an article line, so no article at all
        assertNotAnArticle(
                " \u00a0\n\t\u00a0\n".repeat(500).getBytes(StandardCharsets.UTF_8), "text/plain", "no-article");
    }

    @Test
    void oneTenMegabyteTokenIsNoArticle() {
        String token = "<html><body><p>" + "x".repeat(10 * 1024 * 1024) + "</p></body></html>";
        assertNotAnArticle(token.getBytes(StandardCharsets.UTF_8), "text/html", "no-text");
    }

    @Test
    void textOfReplacementCharactersIsNoArticle() {
        String broken =
                "<html><body><p>" + "\ufffd\ufffd\ufffd ab\ufffd \ufffd\ufffd".repeat(400) + "</p></body></html>";
        assertNotAnArticle(broken.getBytes(StandardCharsets.UTF_8), "text/html", "no-text");
    }

    @Test
    void utf32WithAByteOrderMarkIsReadAsUtf32() throws Exception {
        byte[] le = concat(bytes(0xFF, 0xFE, 0, 0), PAGE.getBytes(Charset.forName("UTF-32LE")));
        byte[] be = concat(bytes(0, 0, 0xFE, 0xFF), PAGE.getBytes(Charset.forName("UTF-32BE")));
        assertThat(extract(le, "text/html", null).text()).contains(PROSE);
        assertThat(extract(be, "text/html", null).text()).contains(PROSE);
    }

    @Test
    void utf16And32WithoutAByteOrderMarkAreTextNotBinary() throws Exception {
        for (String cs : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            ExtractedArticle a = extract(PAGE.getBytes(Charset.forName(cs)), "text/html", null);
            assertThat(a.text()).as(cs).contains(PROSE);
            assertThat(a.title()).as(cs).isEqualTo("Council approves sea wall");
        }
    }

    @Test
    void prologThatClaimsUtf32OverAsciiBytesIsIgnored() throws Exception {
        byte[] lying = ("<?xml version=\"1.0\" encoding=\"UTF-32\"?>" + PAGE).getBytes(StandardCharsets.US_ASCII);
        ExtractedArticle a = extract(lying, "text/html", null);
        assertThat(a.text()).contains(PROSE).doesNotContain("\ufffd");
    }

    @Test
    void ebcdicMetaCharsetOverAsciiBytesIsIgnored() throws Exception {
        for (String ebcdic : new String[] {"IBM037", "cp500", "IBM1047", "ebcdic-cp-us"}) {
            byte[] lying = PAGE.replace("<head>", "<head><meta charset=\"" + ebcdic + "\">")
                    .getBytes(StandardCharsets.US_ASCII);
            assertThat(extract(lying, "text/html", null).text()).as(ebcdic).contains(PROSE);
        }
    }

    @Test
    void nulAndBidiControlsLeaveTitleAndText() throws Exception {
        String page = PAGE.replace("Council approves", "Council\u202e approves\u0000")
                .replace("harbour council", "harbour\u0000 council\u2066")
                .replace("sea wall", "sea\u202d wall\u202c");
        ExtractedArticle a = extract(page.getBytes(StandardCharsets.UTF_8), "text/html", "utf-8");
        assertThat(a.title()).isEqualTo("Council approves sea wall");
        assertThat(a.text()).contains(PROSE).doesNotContain("\u0000", "\u202e", "\u2066", "\u202d", "\u202c");
        ExtractedArticle plain = extract(
                ("Council\u202e approves\n\n" + PROSE.replaceFirst(" ", " \u0000") + "\n\n" + PROSE)
                        .getBytes(StandardCharsets.UTF_8),
                "text/plain",
                "utf-8");
        assertThat(plain.text()).doesNotContain("\u0000", "\u202e");
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) out[i] = (byte) b[i];
        return out;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) out.writeBytes(p);
        return out.toByteArray();
    }
}
