package io.newsflow.enrich.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.nodes.Entities;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {

    /** The shortcut for text jsoup would not change must give jsoup's output for every UTF-16 unit. */
    @Test
    void escapesEveryCharacterAsJsoupDoes() {
        for (int c = 0; c < 0x10000; c++) {
            String text = "a" + (char) c + "b";
            assertEquals(
                    Entities.escape(text), HtmlRenderer.escape(text), () -> "U+" + Integer.toHexString(text.charAt(1)));
        }
        for (String text :
                new String[] {"", "plain words", "caf\u00e9 \u201cquoted\u201d", "emoji \ud83d\ude00 pair", "a < b & c"
                }) {
            assertEquals(Entities.escape(text), HtmlRenderer.escape(text), text);
        }
    }
}
