package io.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagePartitionTest {

    private static final LanguagePartition WEB = new LanguagePartition(LanguagePartition.BY_VOLUME);

    private static Article in(String language) {
        return Article.newBuilder()
                .setId("a")
                .setUrl("https://a.example/")
                .setText("text")
                .setContentHash("h")
                .setLanguage(language)
                .build();
    }

    @Test
    void onePartitionTakesEveryLanguage() {
        for (String lang : new String[] {"en", "de", "xx", null}) {
            assertThat(WEB.partitions("t", "k", in(lang), null, 1)).contains(Set.of(0));
        }
    }

    @Test
    void theBigLanguagesAreDealtApart() {
        assertThat(List.of("en", "es", "de").stream().map(l -> WEB.of(l, 2))).containsExactly(0, 1, 0);
        assertThat(List.of("en", "es", "de", "fr").stream().map(l -> WEB.of(l, 3)))
                .containsExactly(0, 1, 2, 0);
        Set<Integer> used = new HashSet<>();
        LanguagePartition.BY_VOLUME.forEach(l -> used.add(WEB.of(l, 4)));
        assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void anUnlistedOrUnknownLanguageHasOneStablePartitionInRange() {
        for (int n = 2; n <= 7; n++) {
            int und = WEB.of(null, n);
            assertThat(WEB.of("und", n)).isEqualTo(und);
            assertThat(und).isBetween(0, n - 1);
            assertThat(WEB.of("sw", n)).isEqualTo(WEB.of("sw", n)).isBetween(0, n - 1);
        }
    }

    @Test
    void aStreamsOwnOrderDealsItsLargestLanguagesApart() {
        LanguagePartition germanFirst = new LanguagePartition(List.of("de", "en", "es", "fr"));
        assertThat(List.of("de", "en", "es", "fr").stream().map(l -> germanFirst.of(l, 2)))
                .containsExactly(0, 1, 0, 1);
    }

    @Test
    void theOldSignatureAgrees() {
        @SuppressWarnings("removal")
        var old = WEB.partitions("t", "k", in("fr"), 3);
        assertThat(old).contains(Set.of(WEB.of("fr", 3)));
    }
}
