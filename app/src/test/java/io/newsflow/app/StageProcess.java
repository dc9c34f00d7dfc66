package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A newsflow stage in its own JVM, so a test can kill it the way an OOM killer or a power cut would. */
final class StageProcess implements AutoCloseable {

    private final Process process;

    private StageProcess(Process process) {
        this.process = process;
    }

    static StageProcess start(String stage, NewsflowConfig config, Path stateDir, Path log) throws IOException {
        return start(List.of(stage), Map.of(), config, stateDir, log);
    }

    /** {@code args}: the command and its options; {@code settings}: more -D settings (beyond the run's topics). */
    static StageProcess start(
            List<String> args, Map<String, String> settings, NewsflowConfig config, Path stateDir, Path log)
            throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                Newsflow.class.getName()));
        cmd.addAll(args);
        cmd.addAll(
                List.of("--ops-port", "0", "--bootstrap-servers", config.kafka().bootstrapServers()));
        settings.forEach((k, v) -> cmd.addAll(List.of("-D", k + "=" + v)));
        var t = config.topics();
        for (String[] kv : new String[][] {
            {"topics.pages.raw", t.pagesRaw()},
            {"topics.pages.dlq", t.pagesDlq()},
            {"topics.articles.enriched", t.articlesEnriched()},
            {"topics.articles.clean", t.articlesClean()},
            {"topics.articles.latest", t.articlesLatest()},
            {"topics.stories", t.stories()},
            {"topics.sink.handoff", t.sinkHandOff()},
            {"topics.partitions", Integer.toString(t.partitions())},
            {"enrich.application.id", config.enrich().applicationId()},
            {"sink.application.id", config.sink().applicationId()},
            {"streams.state.dir", stateDir.toString()}
        }) {
            cmd.add("-D");
            cmd.add(kv[0] + "=" + kv[1]);
        }
        return new StageProcess(new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start());
    }

    /** SIGKILL: no shutdown hook, no clean close, an open transaction left behind. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** SIGTERM and a wait for a clean stop, SIGKILL after 30 s; an interrupt is passed on, not swallowed. */
    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
