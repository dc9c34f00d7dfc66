package io.newsflow.sink.stories;

import io.newsflow.sink.state.Table;
import java.util.HashMap;
import java.util.Map;

/**
 * Incremental document frequencies: how many articles seen so far used each term. Terms not seen for
 * a window are forgotten (the table stays bounded); a forgotten term was rare, so restarting its count
 * changes little. The count of documents lives under a key no term can have.
 */
public final class DocumentFrequencies {

    private static final String DOCS = "\u0000docs";
    private final Table<String> table;

    public DocumentFrequencies(Table<String> table) {
        this.table = table;
    }

    /** Counts the document's terms, then weighs them: sublinear tf times smoothed idf, unit length. */
    public Map<String, Double> addAndWeigh(Map<String, Double> tf, long time) {
        long docs = count(DOCS) + 1;
        table.put(DOCS, docs + "|" + time);
        Map<String, Double> v = new HashMap<>();
        double norm = 0;
        for (Map.Entry<String, Double> e : tf.entrySet()) {
            long df = count(e.getKey()) + 1;
            table.put(e.getKey(), df + "|" + time);
            double raw = e.getValue();
            double w = (raw > 1 ? 1 + Math.log(raw) : raw) * (Math.log((docs + 1.0) / (df + 1.0)) + 1);
            v.put(e.getKey(), w);
            norm += w * w;
        }
        double n = Math.sqrt(norm);
        if (n > 0) {
            v.replaceAll((k, w) -> w / n);
        }
        return v;
    }

    public int evict(long cutoff) {
        return table.deleteIf((k, v) -> !k.equals(DOCS) && Long.parseLong(v.substring(v.indexOf('|') + 1)) < cutoff);
    }

    private long count(String key) {
        String v = table.get(key);
        return v == null ? 0 : Long.parseLong(v.substring(0, v.indexOf('|')));
    }
}
