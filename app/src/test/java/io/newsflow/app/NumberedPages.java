package io.newsflow.app;

import io.newsflow.enrich.fingerprint.Fingerprints;
import io.newsflow.schema.Article;
import io.newsflow.schema.PageSource;
import io.newsflow.schema.RawPage;
import io.newsflow.schema.serde.AvroSerdes;
import io.newsflow.testkit.KafkaCluster;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Numbered made-up news for the fault tests: every page's sentences are drawn at random (seeded by its
 * number) from a vocabulary, so no two are near-copies and every one must come out of the sink as an
 * article of its own, in order to count them.
 */
final class NumberedPages {

    private static final List<String> WHO = List.of(
            "the river authority",
            "the city council",
            "the port operator",
            "the health ministry",
            "a regional court",
            "the school board",
            "the rail company",
            "the fire service",
            "the harbour master",
            "the energy regulator",
            "the weather office",
            "a farmers' union");
    private static final List<String> DID = List.of(
            "inspected",
            "approved",
            "rejected",
            "postponed",
            "reviewed",
            "criticised",
            "funded",
            "closed",
            "reopened",
            "expanded",
            "audited",
            "defended");
    private static final List<String> WHAT = List.of(
            "the flood barrier",
            "a new bus depot",
            "the northern bridge",
            "the hospital wing",
            "a solar farm",
            "the ferry timetable",
            "the water tariffs",
            "a housing estate",
            "the tram extension",
            "the coastal path",
            "a grain silo",
            "the airport runway",
            "the night market");
    private static final List<String> WHEN = List.of(
            "on Monday",
            "on Tuesday",
            "late on Wednesday",
            "on Thursday morning",
            "before the weekend",
            "after a long debate",
            "during the spring tide",
            "ahead of the holidays");
    private static final List<String> WHY = List.of(
            "citing safety concerns",
            "after complaints from residents",
            "to cut costs",
            "because of rising demand",
            "following an independent report",
            "under pressure from unions",
            "as storms approached",
            "to meet new rules");

    private static final AvroSerdes SERDES = AvroSerdes.registryFree();

    private NumberedPages() {}

    static String url(String site, int i) {
        return "https://" + site + ".example/story/" + i;
    }

    static String title(int i) {
        Random r = new Random(i * 7919L + 1);
        return "Story " + i + ": " + capitalise(pick(r, WHO)) + " " + pick(r, DID) + " " + pick(r, WHAT);
    }

    /** Three paragraphs of four sentences, each sentence a random draw. */
    static List<String> paragraphs(int i) {
        Random r = new Random(i);
        return IntStream.range(0, 3)
                .mapToObj(p -> {
                    StringBuilder sb = new StringBuilder();
                    for (int s = 0; s < 4; s++) {
                        sb.append(sb.length() == 0 ? "" : " ")
                                .append(capitalise(pick(r, WHO)))
                                .append(' ')
                                .append(pick(r, DID))
                                .append(' ')
                                .append(pick(r, WHAT))
                                .append(' ')
                                .append(pick(r, WHEN))
                                .append(' ')
                                .append(pick(r, WHY))
                                .append(", and ")
                                .append(pick(r, WHO))
                                .append(" said it ")
                                .append(pick(r, DID))
                                .append(' ')
                                .append(pick(r, WHAT))
                                .append('.');
                    }
                    return sb.toString();
                })
                .toList();
    }

    static RawPage page(String site, int i) {
        String html = "<html><head><title>" + title(i) + "</title></head><body><article>"
                + String.join(
                        "", paragraphs(i).stream().map(p -> "<p>" + p + "</p>").toList()) + "</article></body></html>";
        return RawPage.newBuilder()
                .setUrl(url(site, i))
                .setFetchedAt(Instant.now())
                .setContentType("text/html")
                .setDeclaredCharset("utf-8")
                .setBody(ByteBuffer.wrap(html.getBytes(StandardCharsets.UTF_8)))
                .setSource(PageSource.CRAWL)
                .build();
    }

    /** The page as enrich would hand it to the sink. */
    static Article article(String site, int i) {
        String text = String.join("\n\n", paragraphs(i));
        return Article.newBuilder()
                .setId(Fingerprints.articleId(url(site, i)))
                .setUrl(url(site, i))
                .setSite(site + ".example")
                .setTitle(title(i))
                .setText(text)
                .setWordCount(text.split("\\s+").length)
                .setContentHash(Fingerprints.contentHash(text))
                .setFetchedAt(Instant.now())
                .build();
    }

    static void publishPages(KafkaCluster kafka, String topic, String site, int from, int to) {
        for (int i = from; i < to; i++) {
            kafka.send(
                    topic,
                    url(site, i).getBytes(StandardCharsets.UTF_8),
                    SERDES.rawPage().serializer().serialize(topic, page(site, i)));
        }
    }

    static void publishArticles(KafkaCluster kafka, String topic, String site, int from, int to) {
        for (int i = from; i < to; i++) {
            Article a = article(site, i);
            kafka.send(
                    topic,
                    a.getId().getBytes(StandardCharsets.UTF_8),
                    SERDES.article().serializer().serialize(topic, a));
        }
    }

    private static String pick(Random r, List<String> words) {
        return words.get(r.nextInt(words.size()));
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
