package io.newsflow.enrich.topics;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;

/**
 * all-MiniLM-L6-v2 (quantised) with an ONNX Runtime session that runs each call on the calling thread.
 * The stock model opens a session with one intra-op worker per core that spin-wait between calls: on a
 * stream thread that already has a core, those workers only add hand-offs and burn the other cores that
 * Kafka, the other stream threads and the JIT need. Callers (stream threads) are the parallelism.
 */
final class SingleThreadMiniLm extends AbstractInProcessEmbeddingModel {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final OnnxBertBiEncoder encoder;

    private SingleThreadMiniLm(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    static SingleThreadMiniLm load() throws IOException, OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(resource(MODEL).readAllBytes(), options);
            return new SingleThreadMiniLm(new OnnxBertBiEncoder(env, session, resource(TOKENIZER), PoolingMode.MEAN));
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SingleThreadMiniLm.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException(name + " is not on the classpath");
        }
        return in;
    }

    @Override
    protected OnnxBertBiEncoder model() {
        return encoder;
    }
}
