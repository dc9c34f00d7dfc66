package io.newsflow.sink.stories;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * A story as grouping remembers it: the sum of its members' unit term vectors (kept to the heaviest
 * terms so the state stays small), the sum of their unit meaning vectors (null until a member has one),
 * its first and last article, members and outlets (capped lists; count is exact), and the language of the
 * article that opened it (null when unknown).
 */
public record StoryState(
        String id,
        String title,
        Map<String, Double> centroid,
        int count,
        long firstSeen,
        long lastSeen,
        List<String> members,
        List<String> outlets,
        float[] meaning,
        String language) {

    static final int CENTROID_TERMS = 64;
    static final int MAX_MEMBERS = 200;
    static final int MAX_OUTLETS = 100;

    public static StoryState open(String id, StoryInput in, Map<String, Double> vector) {
        return new StoryState(
                id,
                in.title(),
                truncate(vector),
                1,
                in.time(),
                in.time(),
                List.of(in.id()),
                in.site() == null ? List.of() : List.of(in.site()),
                in.meaning() == null ? null : in.meaning().clone(),
                in.language());
    }

    public StoryState join(StoryInput in, Map<String, Double> vector) {
        Map<String, Double> c = new HashMap<>(centroid);
        vector.forEach((k, w) -> c.merge(k, w, Double::sum));
        List<String> m = new ArrayList<>(members);
        if (m.size() < MAX_MEMBERS && !m.contains(in.id())) {
            m.add(in.id());
        }
        LinkedHashSet<String> o = new LinkedHashSet<>(outlets);
        if (in.site() != null && o.size() < MAX_OUTLETS) {
            o.add(in.site());
        }
        return new StoryState(
                id,
                title,
                truncate(c),
                count + 1,
                Math.min(firstSeen, in.time()),
                Math.max(lastSeen, in.time()),
                m,
                List.copyOf(o),
                addMeaning(meaning, in.meaning()),
                language);
    }

    /**
     * This story with another folded in, when the two turn out to be one: centroids, meaning sums, counts and
     * times add up; members and outlets are this story's followed by the other's (capped); id and title stay.
     */
    public StoryState absorb(StoryState other) {
        Map<String, Double> c = new HashMap<>(centroid);
        other.centroid.forEach((k, w) -> c.merge(k, w, Double::sum));
        LinkedHashSet<String> m = new LinkedHashSet<>(members);
        for (String id : other.members) {
            if (m.size() >= MAX_MEMBERS) {
                break;
            }
            m.add(id);
        }
        LinkedHashSet<String> o = new LinkedHashSet<>(outlets);
        for (String site : other.outlets) {
            if (o.size() >= MAX_OUTLETS) {
                break;
            }
            o.add(site);
        }
        float[] sum = meaning;
        if (other.meaning != null) {
            sum = addMeaning(sum, other.meaning);
        }
        return new StoryState(
                id,
                title,
                truncate(c),
                count + other.count,
                Math.min(firstSeen, other.firstSeen),
                Math.max(lastSeen, other.lastSeen),
                List.copyOf(m),
                List.copyOf(o),
                sum,
                language);
    }

    /** Cosine of this story's centroid with another's. */
    public double similarity(StoryState other) {
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            norm += e.getValue() * e.getValue();
            Double w = other.centroid.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        double otherNorm = 0;
        for (double w : other.centroid.values()) {
            otherNorm += w * w;
        }
        return norm == 0 || otherNorm == 0 ? 0 : dot / Math.sqrt(norm * otherNorm);
    }

    /**
     * Whether meaning vectors can be compared across the two: the meaning model was distilled from an English
     * one, and a translation's vector is hardly nearer its original than any other text's (SIB-200 probe,
     * README), so across languages it is not compared; an unknown language compares with any.
     */
    public boolean sameLanguage(String other) {
        return language == null || other == null || language.equals(other);
    }

    /** Cosine of this story's meaning sum with another's, or NaN when either has none. */
    public double meaningSimilarity(StoryState other) {
        if (other.meaning == null) {
            return Double.NaN;
        }
        double norm = 0;
        for (float x : other.meaning) {
            norm += x * x;
        }
        if (norm == 0) {
            return Double.NaN;
        }
        float[] unit = other.meaning.clone();
        for (int d = 0; d < unit.length; d++) {
            unit[d] /= (float) Math.sqrt(norm);
        }
        return meaningCosine(unit);
    }

    /** Cosine of a unit meaning vector with the story's meaning, or NaN when either has none (or they differ in size). */
    public double meaningCosine(float[] unit) {
        if (meaning == null || unit == null || unit.length != meaning.length) {
            return Double.NaN;
        }
        double dot = 0;
        double norm = 0;
        for (int d = 0; d < meaning.length; d++) {
            dot += meaning[d] * unit[d];
            norm += meaning[d] * meaning[d];
        }
        return norm == 0 ? Double.NaN : dot / Math.sqrt(norm);
    }

    private static float[] addMeaning(float[] sum, float[] unit) {
        if (unit == null) {
            return sum;
        }
        if (sum == null || sum.length != unit.length) {
            // The first member with a vector (or the first after the model's size changed) starts the sum.
            return unit.clone();
        }
        float[] out = sum.clone();
        for (int d = 0; d < out.length; d++) {
            out[d] += unit[d];
        }
        return out;
    }

    /** Cosine of a unit vector with the centroid. */
    public double cosine(Map<String, Double> unit) {
        double dot = 0;
        double norm = 0;
        for (Map.Entry<String, Double> e : centroid.entrySet()) {
            norm += e.getValue() * e.getValue();
            Double w = unit.get(e.getKey());
            if (w != null) {
                dot += w * e.getValue();
            }
        }
        return norm == 0 ? 0 : dot / Math.sqrt(norm);
    }

    public List<String> topTerms(int n) {
        return centroid.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(n)
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<String, Double> truncate(Map<String, Double> v) {
        if (v.size() <= CENTROID_TERMS) {
            return Map.copyOf(v);
        }
        Map<String, Double> out = new HashMap<>();
        v.entrySet().stream()
                .sorted(Comparator.comparing(Map.Entry<String, Double>::getValue)
                        .reversed())
                .limit(CENTROID_TERMS)
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return Map.copyOf(out);
    }
}
