package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.config.RunIsolation;
import io.newsflow.app.config.Settings;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** A configuration whose topics, groups and state belong to one test, so tests can share a broker. */
final class IsolatedConfig {

    private IsolatedConfig() {}

    static NewsflowConfig on(String bootstrapServers, Path stateDir) {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> o = new HashMap<>(RunIsolation.overrides(run));
        o.put("kafka.bootstrap.servers", bootstrapServers);
        o.put("topics.partitions", "2");
        o.put("streams.state.dir", stateDir.toString());
        return NewsflowConfig.from(Settings.load(null, Map.of(), o));
    }
}
