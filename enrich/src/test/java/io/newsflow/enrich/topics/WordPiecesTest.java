package io.newsflow.enrich.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WordPiecesTest {

    // ids are positions: 0 [PAD], 1 un, 2 ##aff, 3 ##able, 4 unaff, 5 ##a, 6 a, 7 ##ble, 8 zurich, 9 un (twice)
    private static final WordPieces VOCABULARY =
            new WordPieces(List.of("[PAD]", "un", "##aff", "##able", "unaff", "##a", "a", "##ble", "zurich", "un"));

    private static int[] split(String text) {
        int[] out = new int[32];
        int n = VOCABULARY.split(text, out, 0, out.length);
        return Arrays.copyOf(out, n);
    }

    @Test
    void eachStepTakesTheLongestPieceThatFits() {
        // "unaff" beats "un" at the start; then "##able" beats "##a"
        assertThat(split("Unaffable")).containsExactly(4, 3);
        assertThat(split("a un")).containsExactly(6, 1);
    }

    @Test
    void accentsGoAndAWordNoPieceFitsIsDroppedWhole() {
        assertThat(split("Zürich")).containsExactly(8);
        assertThat(split("unx zurich")).as("no piece continues 'un' with 'x'").containsExactly(8);
    }

    @Test
    void aPieceListedTwiceKeepsItsFirstId() {
        assertThat(split("un")).containsExactly(1);
    }
}
