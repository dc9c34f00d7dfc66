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
 * A quantised BERT sentence encoder (all-MiniLM-L6-v2, e5-small-v2) with an ONNX Runtime session that runs
 * each call on the calling thread. The stock models open a session with one intra-op worker per core that
 * spin-wait between calls: on a thread that already has a core, those workers only add hand-offs and burn
 * the other cores. Callers are the parallelism.
 */
final class SingleThreadEncoder extends AbstractInProcessEmbeddingModel {

    private final OnnxBertBiEncoder encoder;

    private SingleThreadEncoder(OnnxBertBiEncoder encoder) {
        super(Runnable::run);
        this.encoder = encoder;
    }

    /** The model and tokenizer named (classpath resources of a LangChain4j model artifact), mean-pooled. */
    static SingleThreadEncoder load(String model, String tokenizer) throws IOException, OrtException {
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            OrtSession session = env.createSession(resource(model).readAllBytes(), options);
            return new SingleThreadEncoder(new OnnxBertBiEncoder(env, session, resource(tokenizer), PoolingMode.MEAN));
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = SingleThreadEncoder.class.getClassLoader().getResourceAsStream(name);
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
