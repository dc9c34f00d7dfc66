package io.newsflow.sink.stories;

import io.newsflow.schema.Article;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * What story grouping reads of an article.
 *
 * @param id       article id
 * @param site     outlet (site name or host), may be null
 * @param title    headline, may be null
 * @param text     body, may be empty: only its lead is used
 * @param keywords key phrases, best first
 * @param time     event time in epoch millis (publication, else fetch time)
 * @param language ISO 639-1 code of the article's language, may be null (read as English)
 * @param meaning  the article's meaning vector at unit length (from enrich's signed bytes), null when it
 *                 has none
 */
public record StoryInput(
        String id,
        String site,
        String title,
        String text,
        List<String> keywords,
        long time,
        String language,
        float[] meaning) {
    public StoryInput {
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        title = title == null ? "" : title;
        text = text == null ? "" : text;
    }

    /** An article without a meaning vector. */
    public StoryInput(
            String id, String site, String title, String text, List<String> keywords, long time, String language) {
        this(id, site, title, text, keywords, time, language, null);
    }

    /** An article whose language is not known. */
    public StoryInput(String id, String site, String title, String text, List<String> keywords, long time) {
        this(id, site, title, text, keywords, time, null);
    }

    /** What grouping reads of an article at its event time. */
    public static StoryInput of(Article a, long time) {
        return new StoryInput(
                a.getId(),
                site(a),
                a.getTitle(),
                a.getText(),
                a.getKeywords(),
                time,
                a.getLanguage(),
                unit(a.getMeaning()));
    }

    /** Signed bytes as a unit vector; null for no bytes or all zeros. */
    static float[] unit(ByteBuffer bytes) {
        if (bytes == null || !bytes.hasRemaining()) {
            return null;
        }
        ByteBuffer b = bytes.duplicate();
        float[] v = new float[b.remaining()];
        double norm = 0;
        for (int d = 0; d < v.length; d++) {
            v[d] = b.get();
            norm += v[d] * v[d];
        }
        if (norm == 0) {
            return null;
        }
        float inv = (float) (1 / Math.sqrt(norm));
        for (int d = 0; d < v.length; d++) {
            v[d] *= inv;
        }
        return v;
    }

    private static String site(Article a) {
        if (a.getSite() != null) {
            return a.getSite();
        }
        try {
            return URI.create(a.getUrl()).getHost();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
