package io.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.newsflow.enrich.extract.Extractor;
import io.newsflow.enrich.topics.ArticleTagger;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bodies sent as text/plain that no reader would call an article, through the front door the stream
 * and the command line share: each ends as an article or a failure with a reason, in under a second
 * of CPU time on the calling thread (the tagger's one-time model load is paid before the clock starts).
 * CPU time, because wall time on a machine shared by many builds measures the neighbours; a hang is
 * still caught by a wall-clock bound ten times longer.
 */
class PlainTextHostileInputTest {

    private static final Duration BOUND = Duration.ofSeconds(1);
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static Enricher enricher;

    @BeforeAll
    static void warmUp() {
        enricher = new Enricher(Extractor.withDefaults(), ArticleTagger.create(), Clock.systemUTC());
        enricher.enrich(page("Markets rallied on Tuesday after the central bank held rates steady.\n"
                .repeat(3)
                .getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void binaryBytesSentAsTextAreABinaryBody() {
        byte[] png = new byte[20_000];
        new Random(7).nextBytes(png);
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        assertThat(failure(png).kind()).isEqualTo("binary-body");
    }

    @Test
    void aTenMegabyteSingleLineEndsWithinTheBound() {
        String sentence = "The council approved the budget after a long debate about schools and roads. ";
        StringBuilder b = new StringBuilder(10 * 1024 * 1024 + sentence.length());
        while (b.length() < 10 * 1024 * 1024) b.append(sentence);
        Enricher.Outcome outcome = timed(b.toString().getBytes(StandardCharsets.UTF_8));
        if (outcome instanceof Enricher.Enriched e) {
            assertThat(e.article().getText()).startsWith("The council approved the budget");
        } else {
            assertThat(((Enricher.Failed) outcome).kind()).isNotBlank();
        }
    }

    @Test
    void aHundredThousandOneCharacterLinesAreNoArticle() {
        byte[] body = "x\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        assertThat(failure(body).kind()).isEqualTo("no-article");
    }

    @Test
    void nulBytesEndWithAReason() {
        String text = "Rescue teams reached the village on Sunday after the flood waters fell.\u0000\u0000\n"
                + "Residents said the water rose within an hour and many lost their homes.\u0000\n";
        Enricher.Outcome outcome = timed(text.getBytes(StandardCharsets.UTF_8));
        if (outcome instanceof Enricher.Failed f) {
            assertThat(f.kind()).isEqualTo("binary-body");
        } else {
            assertThat(((Enricher.Enriched) outcome).article().getText()).contains("Rescue teams reached the village");
        }
    }

    @Test
    void rightToLeftTextIsAnArticle() {
        String arabic = "أعلنت الحكومة يوم الثلاثاء عن خطة جديدة لدعم المزارعين في المناطق المتضررة من الجفاف.\n\n"
                + "وقال وزير الزراعة إن الخطة تشمل قروضا ميسرة وتوزيع البذور على الأسر الأكثر حاجة في الريف.\n";
        assertThat(article(arabic)).contains("أعلنت الحكومة يوم الثلاثاء");
    }

    @Test
    void unspacedChineseTextIsAnArticle() {
        String chinese = "国家气象中心周二发布暴雨预警，预计未来三天南方多个省份将出现强降雨天气，有关部门已经启动应急响应。\n\n"
                + "专家提醒沿河居民注意防范山洪和城市内涝，出行前关注最新天气预报，尽量避免前往危险地区。\n";
        assertThat(article(chinese)).contains("国家气象中心周二发布暴雨预警");
    }

    @Test
    void aHeadlineAloneIsAnArticleAndOneWordIsNot() {
        assertThat(article("SXSW: Snowden speaks\n")).isEqualTo("SXSW: Snowden speaks");
        assertThat(failure("Subscribe\n".getBytes(StandardCharsets.UTF_8)).kind())
                .isEqualTo("no-article");
    }

    private static String article(String text) {
        Enricher.Outcome outcome = timed(text.getBytes(StandardCharsets.UTF_8));
        assertThat(outcome).as("%s", outcome).isInstanceOf(Enricher.Enriched.class);
        return ((Enricher.Enriched) outcome).article().getText();
    }

    private static Enricher.Failed failure(byte[] body) {
        Enricher.Outcome outcome = timed(body);
        assertThat(outcome).as("%s", outcome).isInstanceOf(Enricher.Failed.class);
        return (Enricher.Failed) outcome;
    }

    private static Enricher.Outcome timed(byte[] body) {
        RawPage page = page(body);
        return assertTimeoutPreemptively(BOUND.multipliedBy(10), () -> {
            long start = THREADS.getCurrentThreadCpuTime();
            Enricher.Outcome outcome = enricher.enrich(page);
            Duration cpu = Duration.ofNanos(THREADS.getCurrentThreadCpuTime() - start);
            assertThat(cpu).as("CPU time").isLessThan(BOUND);
            return outcome;
        });
    }

    private static RawPage page(byte[] body) {
        return RawPage.newBuilder()
                .setUrl("https://example.org/story")
                .setFetchedAt(Instant.parse("2026-01-01T00:00:00Z"))
                .setContentType("text/plain")
                .setBody(ByteBuffer.wrap(body))
                .setSource(PageSource.CRAWL)
                .build();
    }
}
