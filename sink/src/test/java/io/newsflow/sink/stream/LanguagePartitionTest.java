package io.newsflow.sink.stream;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsflow.schema.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LanguagePartitionTest {

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
            assertThat(new LanguagePartition().partitions("t", "k", in(lang), null, 1))
                    .contains(Set.of(0));
        }
    }

    @Test
    void theBigLanguagesAreDealtApart() {
        assertThat(List.of("en", "es", "de").stream().map(l -> LanguagePartition.of(l, 2)))
                .containsExactly(0, 1, 0);
        assertThat(List.of("en", "es", "de", "fr").stream().map(l -> LanguagePartition.of(l, 3)))
                .containsExactly(0, 1, 2, 0);
        Set<Integer> used = new HashSet<>();
        LanguagePartition.BY_VOLUME.forEach(l -> used.add(LanguagePartition.of(l, 4)));
        assertThat(used).containsExactlyInAnyOrder(0, 1, 2, 3);
    }

    @Test
    void anUnlistedOrUnknownLanguageHasOneStablePartitionInRange() {
        for (int n = 2; n <= 7; n++) {
            int und = LanguagePartition.of(null, n);
            assertThat(LanguagePartition.of("und", n)).isEqualTo(und);
            assertThat(und).isBetween(0, n - 1);
            assertThat(LanguagePartition.of("sw", n))
                    .isEqualTo(LanguagePartition.of("sw", n))
                    .isBetween(0, n - 1);
        }
    }

    @Test
    void theOldSignatureAgrees() {
        @SuppressWarnings("removal")
        var old = new LanguagePartition().partitions("t", "k", in("fr"), 3);
        assertThat(old).contains(Set.of(LanguagePartition.of("fr", 3)));
    }
}
