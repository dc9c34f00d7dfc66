package io.newsflow.enrich.topics;

import java.util.List;

/**
 * One IPTC Media Topic for an article: {@code code} like {@code medtop:15000000}, its label, a calibrated
 * score in 0..1 (softmax share over the 17 top-level topics), and the signals that decided it, e.g.
 * {@code embedding=0.41}, {@code section:sport}, {@code url:business}, {@code lexical-fallback}.
 */
public record TopicTag(String code, String label, double score, List<String> signals) {

    public TopicTag {
        signals = List.copyOf(signals);
    }
}
