package io.newsflow.schema;

/**
 * The names and tags of the counters the stages publish and that {@code newsflow local}, {@code bench}, the
 * dashboard and the alert rules read: a contract like the Avro schemas, so it lives beside them. Names are in
 * Micrometer's dotted form ({@code newsflow.enrich.pages} is {@code newsflow_enrich_pages_total} on
 * {@code /metrics}); every counter of a name carries both tags, as Prometheus refuses one name with two tag sets.
 */
public final class PipelineMeters {

    /** Pages enrich finished, tagged {@link #OUTCOME} ({@link #ARTICLE} or {@link #DEAD_LETTER}) and {@link #REASON}. */
    public static final String ENRICH_PAGES = "newsflow.enrich.pages";

    /**
     * Articles the sink finished, tagged {@link #OUTCOME} ({@link #NEW}, {@link #NEW_VERSION}, {@link #UNCHANGED},
     * {@link #DUPLICATE} or {@link #DEAD_LETTER}) and {@link #REASON}.
     */
    public static final String SINK_ARTICLES = "newsflow.sink.articles";

    public static final String OUTCOME = "outcome";
    /** The dead letter's reason; {@link #NO_REASON} on every other outcome. */
    public static final String REASON = "reason";

    public static final String NO_REASON = "none";
    public static final String ARTICLE = "article";
    public static final String DEAD_LETTER = "dead_letter";
    public static final String NEW = "new";
    public static final String NEW_VERSION = "new_version";
    public static final String UNCHANGED = "unchanged";
    public static final String DUPLICATE = "duplicate";

    private PipelineMeters() {}
}
