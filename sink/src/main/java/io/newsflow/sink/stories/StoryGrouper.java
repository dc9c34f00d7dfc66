package io.newsflow.sink.stories;

import io.newsflow.sink.state.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Single-pass story grouping: each article is weighed by TF-IDF with incremental document frequencies,
 * compared by cosine with the centroids of the open stories that share its heaviest terms, the
 * similarity decayed by how long the story has been quiet; the article joins the story furthest above
 * the threshold for its length (see {@link StorySettings#threshold(int, int)}), or opens a new one. One pass,
 * no look-back, constant work per article.
 */
public final class StoryGrouper {

    /** Terms of an article used to find candidate stories and to index a story under. */
    static final int QUERY_TERMS = 12;
    /** Stories kept per term: a term shared by more open stories than this says little. */
    static final int POSTINGS_CAP = 64;
    /** Stories compared in full per article. */
    static final int MAX_CANDIDATES = 24;
    /** Decoded stories kept in memory; the store stays the truth (only this grouper writes it). */
    static final int CACHE = 4096;

    private final StorySettings settings;
    private final DocumentFrequencies frequencies;
    private final Table<byte[]> stories;
    private final Table<String> postings;
    private final Map<String, StoryState> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, StoryState> eldest) {
            return size() > CACHE;
        }
    };

    /**
     * @param frequencies term → "count|last seen"
     * @param stories     story id → {@link StoryState} in its Avro store form ({@link StoryStateAvro})
     * @param postings    term → space-separated ids of open stories that use it
     */
    public StoryGrouper(
            StorySettings settings, Table<String> frequencies, Table<byte[]> stories, Table<String> postings) {
        this.settings = settings;
        this.frequencies = new DocumentFrequencies(frequencies);
        this.stories = stories;
        this.postings = postings;
    }

    /** The story an article belongs to, after it joined (or opened) it. */
    public Assignment assign(StoryInput in) {
        Map<String, Double> v = frequencies.addAndWeigh(Terms.of(in), in.time());
        List<String> query = v.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(QUERY_TERMS)
                .map(Map.Entry::getKey)
                .toList();
        Map<String, Integer> shared = new HashMap<>();
        for (String term : query) {
            String ids = postings.get(term);
            if (ids != null) {
                for (String id : ids.split(" ")) {
                    shared.merge(id, 1, Integer::sum);
                }
            }
        }
        // The stories sharing the most heavy terms: a story sharing one common word is not worth decoding.
        List<String> candidates = shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
        StoryState best = null;
        double bestScore = 0;
        double bestCosine = 0;
        for (String id : candidates) {
            StoryState s = story(id);
            if (s == null) {
                continue;
            }
            long quiet = Math.max(0, in.time() - s.lastSeen());
            if (quiet > settings.window().toMillis()) {
                continue;
            }
            double decay = Math.pow(0.5, quiet / (double) settings.halfLife().toMillis());
            double raw = s.cosine(v);
            // Measured against the threshold for this pair's lengths (a short text is judged on its own
            // scale), with the meaning vectors' pull when both have one.
            double score = settings.score(
                    raw,
                    s.meaningCosine(in.meaning()),
                    decay,
                    v.size(),
                    s.centroid().size());
            if (score > bestScore) {
                best = s;
                bestScore = score;
                bestCosine = raw * decay;
            }
        }
        boolean opened = best == null || bestScore < 1;
        StoryState story = opened ? StoryState.open("story-" + in.id(), in, v) : best.join(in, v);
        stories.put(story.id(), StoryStateAvro.encode(story));
        cache.put(story.id(), story);
        for (String term : query) {
            post(term, story.id());
        }
        return new Assignment(story, opened, opened ? 0 : bestCosine);
    }

    /** Forgets stories quiet for longer than the window, their postings, and terms unused as long. */
    public int evict(long now) {
        long cutoff = now - settings.window().toMillis();
        Set<String> closed = new LinkedHashSet<>();
        cache.clear();
        stories.deleteIf((id, v) -> {
            boolean stale = StoryStateAvro.decode(v).lastSeen() < cutoff;
            if (stale) {
                closed.add(id);
            }
            return stale;
        });
        List<String[]> rewrites = new ArrayList<>();
        postings.deleteIf((term, ids) -> {
            List<String> open = List.of(ids.split(" ")).stream()
                    .filter(id -> !closed.contains(id))
                    .toList();
            if (!open.isEmpty() && open.size() < ids.split(" ").length) {
                rewrites.add(new String[] {term, String.join(" ", open)});
            }
            return open.isEmpty();
        });
        rewrites.forEach(r -> postings.put(r[0], r[1]));
        return closed.size() + frequencies.evict(cutoff);
    }

    private StoryState story(String id) {
        StoryState s = cache.get(id);
        if (s == null) {
            byte[] stored = stories.get(id);
            if (stored == null) {
                return null;
            }
            s = StoryStateAvro.decode(stored);
            cache.put(id, s);
        }
        return s;
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
    public record Assignment(StoryState story, boolean opened, double similarity) {}
}
