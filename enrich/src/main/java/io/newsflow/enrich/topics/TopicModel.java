package io.newsflow.enrich.topics;

import java.util.List;

/** Scores texts against the 17 topics: one similarity per topic, in taxonomy order. */
interface TopicModel {

    List<double[]> similarities(List<String> texts);

    /** Divides similarities before the softmax; each model's similarities live on their own scale. */
    double temperature();

    /** Name put in a tag's signals, so a reader can tell which model decided. */
    String name();
}
