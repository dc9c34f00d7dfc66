package io.newsflow.sink.dedup;

import io.newsflow.sink.state.Table;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the original an article copies: first by content hash (exact copy), then by MinHash with LSH
 * banding (near copy: another headline, an added paragraph, chrome left in). A text too short for
 * shingles (a headline-only page, a wire brief) is compared by its words and word pairs instead, with
 * a higher bar ({@link ShortText}). Candidates that share a
 * band are verified on the whole signature, so a shared boilerplate paragraph that collides in a band
 * or two does not make a copy. Only originals are indexed: every copy points at the first article.
 */
public final class NearDuplicateIndex {

    /** Entries kept per LSH bucket; a bucket that fills up is a stock phrase, not a story. */
    static final int BUCKET_CAP = 16;

    private final DedupSettings settings;
    private final MinHasher hasher;
    private final Table<String> buckets;
    private final Table<String> originals;

    /**
     * @param buckets   bucket key (band + band hash, or content hash) → "id@time" entries
     * @param originals original id → {@link Indexed} form
     */
    public NearDuplicateIndex(DedupSettings settings, Table<String> buckets, Table<String> originals) {
        this.settings = settings;
        this.hasher = new MinHasher(settings.bands() * settings.rows());
        this.buckets = buckets;
        this.originals = originals;
    }

    /** What the index knows of an article that arrives: its fingerprint, ready to look up and to index. */
    public Fingerprint fingerprint(String text) {
        long[] shingles = Shingles.hashes(text, settings.shingleWords());
        if (shingles.length < settings.minShingles()) {
            long[] terms = ShortText.terms(text);
            if (terms.length > 0) {
                return hasher.fingerprint(terms, true);
            }
        }
        return hasher.fingerprint(shingles);
    }

    /** A fingerprint worth comparing: enough shingles, or a short text with enough words. */
    private boolean comparable(Fingerprint fp) {
        return fp.shortText() || fp.shingles() >= settings.minShingles();
    }

    /** The original this text copies, if one was indexed; never the article itself. */
    public Optional<Match> findOriginal(String id, String contentHash, Fingerprint fp) {
        for (Entry e : entries(exactKey(contentHash))) {
            if (!e.id().equals(id) && originals.get(e.id()) != null) {
                return Optional.of(new Match(e.id(), 1.0, true));
            }
        }
        return comparable(fp) ? nearest(id, fp) : Optional.empty();
    }

    /** The indexed original of the same kind whose fingerprint is closest, at or above the kind's threshold. */
    private Optional<Match> nearest(String id, Fingerprint fp) {
        double threshold = fp.shortText() ? settings.shortThreshold() : settings.threshold();
        Set<String> candidates = new LinkedHashSet<>();
        for (String key : bandKeys(fp)) {
            entries(key).forEach(e -> candidates.add(e.id()));
        }
        candidates.remove(id);
        Match best = null;
        for (String candidate : candidates) {
            String stored = originals.get(candidate);
            Fingerprint original =
                    stored == null ? null : Indexed.decode(stored).fingerprint();
            if (original == null || original.shortText() != fp.shortText() || !comparable(original)) {
                continue;
            }
            double j = fp.jaccard(original);
            if (j >= threshold && (best == null || j > best.similarity())) {
                best = new Match(candidate, j, false);
            }
        }
        return Optional.ofNullable(best);
    }

    /** Remembers an original, at its event time, so later copies find it. */
    public void index(String id, String contentHash, Fingerprint fp, long time) {
        originals.put(id, new Indexed(time, fp).encode());
        add(exactKey(contentHash), id, time);
        if (comparable(fp)) {
            for (String key : bandKeys(fp)) {
                add(key, id, time);
            }
        }
    }

    /** Forgets what is older than the window before {@code now}: the store stays bounded. */
    public int evict(long now) {
        long cutoff = now - settings.window().toMillis();
        int gone = originals.deleteIf((id, v) -> Indexed.decode(v).time() < cutoff);
        List<String[]> rewrites = new ArrayList<>();
        gone += buckets.deleteIf((key, v) -> {
            List<Entry> kept =
                    decode(v).stream().filter(e -> e.time() >= cutoff).toList();
            if (!kept.isEmpty() && kept.size() < decode(v).size()) {
                rewrites.add(new String[] {key, encode(kept)});
            }
            return kept.isEmpty();
        });
        rewrites.forEach(r -> buckets.put(r[0], r[1]));
        return gone;
    }

    private void add(String key, String id, long time) {
        List<Entry> list = new ArrayList<>(entries(key));
        list.removeIf(e -> e.id().equals(id));
        list.add(new Entry(id, time));
        if (list.size() > BUCKET_CAP) {
            list = list.subList(list.size() - BUCKET_CAP, list.size());
        }
        buckets.put(key, encode(list));
    }

    private List<Entry> entries(String key) {
        String v = buckets.get(key);
        return v == null ? List.of() : decode(v);
    }

    private List<String> bandKeys(Fingerprint fp) {
        int[] sig = fp.signature();
        List<String> keys = new ArrayList<>(settings.bands());
        for (int b = 0; b < settings.bands(); b++) {
            long h = b;
            for (int r = 0; r < settings.rows(); r++) {
                h = Mix.mix64(h * 31 + sig[b * settings.rows() + r]);
            }
            // short texts' bands apart: a headline's words are not a body's shingles
            keys.add((fp.shortText() ? "s" : "b") + b + ":" + Long.toHexString(h));
        }
        return keys;
    }

    private static String exactKey(String contentHash) {
        return "x:" + contentHash;
    }

    private static List<Entry> decode(String v) {
        List<Entry> out = new ArrayList<>();
        for (String part : v.split(";")) {
            int at = part.lastIndexOf('@');
            out.add(new Entry(part.substring(0, at), Long.parseLong(part.substring(at + 1))));
        }
        return out;
    }

    private static String encode(List<Entry> entries) {
        StringBuilder sb = new StringBuilder();
        for (Entry e : entries) {
            sb.append(sb.length() == 0 ? "" : ";").append(e.id()).append('@').append(e.time());
        }
        return sb.toString();
    }

    private record Entry(String id, long time) {}

    /** An original as the index stores it. */
    record Indexed(long time, Fingerprint fingerprint) {
        String encode() {
            return time + "|" + fingerprint.encode();
        }

        static Indexed decode(String v) {
            int bar = v.indexOf('|');
            return new Indexed(Long.parseLong(v.substring(0, bar)), Fingerprint.decode(v.substring(bar + 1)));
        }
    }

    /**
     * @param originalId the article this one copies
     * @param similarity estimated Jaccard of the shingle sets (1 for an exact copy)
     * @param exact      true when the content hashes are equal
     */
    public record Match(String originalId, double similarity, boolean exact) {}
}
