package io.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.SourceMetaKeys;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderSourceTest {

    @TempDir
    Path dir;

    @Test
    void publishesPageFilesWithTypeFromExtension() throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        Files.writeString(dir.resolve("sub/b.txt"), "plain text");
        Files.writeString(dir.resolve("c.htm"), "<p>c</p>");
        Files.writeString(dir.resolve("notes.md"), "ignored");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("d.html.gz")))) {
            out.write("<p>zipped</p>".getBytes(StandardCharsets.UTF_8));
        }
        List<RawPage> pages = new ArrayList<>();
        long n = new FolderSource(1024).publishAll(dir, pages::add);

        assertThat(n).isEqualTo(4);
        assertThat(pages)
                .extracting(p -> p.getSourceMeta().get("file.path"))
                .containsExactly("a.html", "c.htm", "d.html.gz", "sub/b.txt");
        assertThat(pages)
                .extracting(RawPage::getContentType)
                .containsExactly("text/html", "text/html", "text/html", "text/plain");
        assertThat(pages).extracting(RawPage::getSource).containsOnly(PageSource.FILE);
        assertThat(pages.get(0).getUrl()).startsWith("file:/").endsWith("/a.html");
        assertThat(new String(pages.get(2).getBody().array(), StandardCharsets.UTF_8))
                .isEqualTo("<p>zipped</p>");
    }

    @Test
    void capsBodiesAndFlagsTruncation() throws Exception {
        Files.writeString(dir.resolve("big.txt"), "x".repeat(5000));
        List<RawPage> pages = new ArrayList<>();
        new FolderSource(100).publishAll(dir, pages::add);
        assertThat(pages.get(0).getBody().remaining()).isEqualTo(100);
        assertThat(pages.get(0).getTruncated()).isTrue();
    }

    @Test
    void aCorruptGzipIsPublishedWithItsBytesAndTheReasonNotSkipped() throws Exception {
        Files.writeString(dir.resolve("a.html"), "<p>a</p>");
        byte[] corrupt = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 1, 2, 3};
        Files.write(dir.resolve("b.html.gz"), corrupt);
        Files.writeString(dir.resolve("c.html"), "<p>c</p>");
        List<RawPage> pages = new ArrayList<>();
        long n = new FolderSource(1024).publishAll(dir, pages::add);

        assertThat(n).isEqualTo(3);
        RawPage bad = pages.get(1);
        assertThat(bad.getSourceMeta()).containsEntry("file.path", "b.html.gz");
        assertThat(bad.getSourceMeta().get(SourceMetaKeys.FILE_READ_ERROR)).startsWith("corrupt gzip file: ");
        assertThat(bad.getBody().array()).isEqualTo(corrupt);
        assertThat(pages.get(0).getSourceMeta()).doesNotContainKey(SourceMetaKeys.FILE_READ_ERROR);
    }

    @Test
    void aSidecarDatesItsPageAndTheFileTimeDatesTheRest() throws Exception {
        Files.writeString(dir.resolve("ecb.txt"), "ECB to reveal bad-loan hurdles - sources\n");
        Files.writeString(dir.resolve("ecb.meta.json"), "{\"published\": \"2026-03-03T11:13:00+02:00\"}");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("quake.html.gz")))) {
            out.write("<p>Japan lifts tsunami warning after powerful quake off Aomori coast</p>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(dir.resolve("quake.meta.json"), "{\"published\": \"2026-03-03T10:31:00Z\"}");
        Files.writeString(
                dir.resolve("rail.txt"), "Aslef strike: commuters face disruption as rail services cancelled");
        Files.setLastModifiedTime(dir.resolve("rail.txt"), FileTime.from(Instant.parse("2026-03-03T08:26:00Z")));
        Files.writeString(dir.resolve("broken.txt"), "Red Sea attacks push container freight rates higher");
        Files.writeString(dir.resolve("broken.meta.json"), "{\"published\": \"last Tuesday\"}");
        Files.setLastModifiedTime(dir.resolve("broken.txt"), FileTime.from(Instant.parse("2026-03-03T08:32:00Z")));
        List<RawPage> pages = new ArrayList<>();
        new FolderSource(1024).publishAll(dir, pages::add);

        assertThat(pages)
                .extracting(p -> p.getSourceMeta().get("file.path") + " "
                        + p.getSourceMeta().get(SourceMetaKeys.PUBLISHED))
                .containsExactly(
                        "broken.txt 2026-03-03T08:32:00Z",
                        "ecb.txt 2026-03-03T09:13:00Z",
                        "quake.html.gz 2026-03-03T10:31:00Z",
                        "rail.txt 2026-03-03T08:26:00Z");
    }
}
