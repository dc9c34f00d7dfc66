package io.newsflow.sink.stories;

import io.newsflow.schema.Story;
import java.time.Instant;

/** The stories topic's view of a story. */
public final class StoryRecords {

    static final int KEYWORDS = 10;

    private StoryRecords() {}

    public static Story of(StoryState s) {
        return Story.newBuilder()
                .setId(s.id())
                .setTitle(s.title())
                .setArticleIds(s.members())
                .setArticleCount(s.count())
                .setOutlets(s.outlets())
                .setFirstSeen(Instant.ofEpochMilli(s.firstSeen()))
                .setLastSeen(Instant.ofEpochMilli(s.lastSeen()))
                .setKeywords(s.topTerms(KEYWORDS))
                .build();
    }

    /** A story folded into another: as it was, with the id of the story that now holds its articles. */
    public static Story absorbed(StoryState s, String into) {
        return Story.newBuilder(of(s)).setMergedInto(into).build();
    }
}
