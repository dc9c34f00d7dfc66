package io.newsflow.sink.stories;

import io.newsflow.sink.state.Table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single-pass story grouping: each article is weighed by TF-IDF with incremental document frequencies,
 * compared by cosine with the centroids of the open stories that share its heaviest terms, the
 * similarity decayed by how long the story has been quiet; the article joins the best story above the
 * threshold, or opens a new one. One pass, no look-back, constant work per article.
 */
public final class StoryGrouper {

    /** Terms of an article used to find candidate stories and to index a story under. */
    static final int QUERY_TERMS = 12;
    /** Stories kept per term: a term shared by more open stories than this says little. */
    static final int POSTINGS_CAP = 64;

    private final StorySettings settings;
    private final DocumentFrequencies frequencies;
    private final Table<String> stories;
    private final Table<String> postings;

    /**
     * @param frequencies term → "count|last seen"
     * @param stories     story id → encoded {@link StoryState}
     * @param postings    term → space-separated ids of open stories that use it
     */
    public StoryGrouper(StorySettings settings, Table<String> frequencies, Table<String> stories, Table<String> postings) {
        this.settings = settings;
        this.frequencies = new DocumentFrequencies(frequencies);
        this.stories = stories;
        this.postings = postings;
    }

    /** The story an article belongs to, after it joined (or opened) it. */
    public Assignment assign(StoryInput in) {
        Map<String, Double> v = frequencies.addAndWeigh(Terms.of(in), in.time());
        List<String> query = v.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(QUERY_TERMS).map(Map.Entry::getKey).toList();
        Set<String> candidates = new LinkedHashSet<>();
        for (String term : query) {
            String ids = postings.get(term);
            if (ids != null) {
                candidates.addAll(List.of(ids.split(" ")));
            }
        }
        StoryState best = null;
        double bestScore = 0;
        for (String id : candidates) {
            String stored = stories.get(id);
            if (stored == null) {
                continue;
            }
            StoryState s = StoryStateCodec.decode(stored);
            long quiet = Math.max(0, in.time() - s.lastSeen());
            if (quiet > settings.window().toMillis()) {
                continue;
            }
            double score = s.cosine(v) * Math.pow(0.5, quiet / (double) settings.halfLife().toMillis());
            if (score > bestScore) {
                best = s;
                bestScore = score;
            }
        }
        boolean opened = best == null || bestScore < settings.threshold();
        StoryState story = opened ? StoryState.open("story-" + in.id(), in, v) : best.join(in, v);
        stories.put(story.id(), StoryStateCodec.encode(story));
        for (String term : query) {
            post(term, story.id());
        }
        return new Assignment(story, opened, opened ? 0 : bestScore);
    }

    /** Forgets stories quiet for longer than the window, their postings, and terms unused as long. */
    public int evict(long now) {
        long cutoff = now - settings.window().toMillis();
        Set<String> closed = new LinkedHashSet<>();
        stories.deleteIf((id, v) -> {
            boolean stale = StoryStateCodec.decode(v).lastSeen() < cutoff;
            if (stale) {
                closed.add(id);
            }
            return stale;
        });
        List<String[]> rewrites = new ArrayList<>();
        postings.deleteIf((term, ids) -> {
            List<String> open = List.of(ids.split(" ")).stream().filter(id -> !closed.contains(id)).toList();
            if (!open.isEmpty() && open.size() < ids.split(" ").length) {
                rewrites.add(new String[]{term, String.join(" ", open)});
            }
            return open.isEmpty();
        });
        rewrites.forEach(r -> postings.put(r[0], r[1]));
        return closed.size() + frequencies.evict(cutoff);
    }

    private void post(String term, String storyId) {
        String ids = postings.get(term);
        List<String> list = new ArrayList<>(ids == null ? List.of() : List.of(ids.split(" ")));
        list.remove(storyId);
        list.add(storyId);
        if (list.size() > POSTINGS_CAP) {
            list = list.subList(list.size() - POSTINGS_CAP, list.size());
        }
        postings.put(term, String.join(" ", list));
    }

    /**
     * @param story      the story after the article joined
     * @param opened     true when the article opened a new story
     * @param similarity decayed cosine with the story it joined (0 when it opened one)
     */
    public record Assignment(StoryState story, boolean opened, double similarity) {
    }
}
