package io.newsflow.sink.stories;

import io.newsflow.sink.state.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
 * constant work per article. A story that grew is then weighed, by the same score between centroids, against
 * the open stories sharing its heaviest terms: when one reaches the merge threshold the two were one event
 * opened apart, and the smaller is folded into the larger ({@link Assignment#absorbed()}).
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
        Match best = bestMatch(in, v, candidates(query, null));
        boolean opened = best == null || best.score() < 1;
        StoryState story = opened
                ? StoryState.open("story-" + in.id(), in, v)
                : best.story().join(in, v);
        // A story that grew may now plainly be the same as another open one (two halves of an event opened
        // apart, bridged by this article).
        StoryState other = opened || settings.mergeThreshold() == 0 ? null : closest(story);
        StoryState absorbed = null;
        Set<String> posted = new LinkedHashSet<>(query);
        if (other != null) {
            boolean keep = story.count() > other.count()
                    || (story.count() == other.count() && story.firstSeen() <= other.firstSeen());
            absorbed = keep ? other : story;
            story = keep ? story.absorb(other) : other.absorb(story);
            stories.delete(absorbed.id());
            cache.remove(absorbed.id());
            posted.addAll(story.topTerms(QUERY_TERMS));
        }
        stories.put(story.id(), StoryStateAvro.encode(story));
        cache.put(story.id(), story);
        for (String term : posted) {
            post(term, story.id());
        }
        return new Assignment(story, opened, opened ? 0 : best.cosine(), absorbed);
    }

    /** The candidate story the article scores highest for, or null when none is open. */
    private Match bestMatch(StoryInput in, Map<String, Double> v, List<String> candidates) {
        Match best = null;
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
            // scale), with the meaning vectors' pull when both have one and are in one language.
            double score = settings.score(
                    raw,
                    s.sameLanguage(in.language()) ? s.meaningCosine(in.meaning()) : Double.NaN,
                    decay,
                    v.size(),
                    s.centroid().size());
            if (score > 0 && (best == null || score > best.score())) {
                best = new Match(s, score, raw * decay);
            }
        }
        return best;
    }

    private record Match(StoryState story, double score, double cosine) {}

    /** The open story most like {@code story} by the join score between centroids, if it reaches the merge bar. */
    private StoryState closest(StoryState story) {
        StoryState best = null;
        double bestScore = settings.mergeThreshold();
        for (String id : candidates(story.topTerms(QUERY_TERMS), story.id())) {
            StoryState s = story(id);
            if (s == null) {
                continue;
            }
            long apart = Math.abs(story.lastSeen() - s.lastSeen());
            if (apart > settings.window().toMillis()) {
                continue;
            }
            double decay = Math.pow(0.5, apart / (double) settings.halfLife().toMillis());
            double score = settings.score(
                    story.similarity(s),
                    story.sameLanguage(s.language()) ? story.meaningSimilarity(s) : Double.NaN,
                    decay,
                    story.centroid().size(),
                    s.centroid().size());
            if (score >= bestScore) {
                best = s;
                bestScore = score;
            }
        }
        return best;
    }

    /** Open stories posted under the most of these terms, most shared first (a story sharing one common word is not worth decoding). */
    private List<String> candidates(List<String> terms, String except) {
        Map<String, Integer> shared = new HashMap<>();
        for (String term : terms) {
            String ids = postings.get(term);
            if (ids != null) {
                for (String id : ids.split(" ")) {
                    if (!id.equals(except)) {
                        shared.merge(id, 1, Integer::sum);
                    }
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .limit(MAX_CANDIDATES)
                .map(Map.Entry::getKey)
                .toList();
    }

    /** Forgets stories quiet for longer than the window, their postings, and terms unused as long. */
    public int evict(long now) {
        long cutoff = now - settings.window().toMillis();
        Set<String> open = new HashSet<>();
        cache.clear();
        int closed = stories.deleteIf((id, v) -> {
            boolean stale = StoryStateAvro.decode(v).lastSeen() < cutoff;
            if (!stale) {
                open.add(id);
            }
            return stale;
        });
        // Postings keep only open stories: closed ones, and those folded into another by a merge.
        List<String[]> rewrites = new ArrayList<>();
        postings.deleteIf((term, ids) -> {
            List<String> live =
                    List.of(ids.split(" ")).stream().filter(open::contains).toList();
            if (!live.isEmpty() && live.size() < ids.split(" ").length) {
                rewrites.add(new String[] {term, String.join(" ", live)});
            }
            return live.isEmpty();
        });
        rewrites.forEach(r -> postings.put(r[0], r[1]));
        return closed + frequencies.evict(cutoff);
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
     * @param absorbed   a story folded into {@code story} after the article joined (and gone from the store),
     *                   null when none was: its articles now belong to {@code story}
     */
    public record Assignment(StoryState story, boolean opened, double similarity, StoryState absorbed) {}
}
