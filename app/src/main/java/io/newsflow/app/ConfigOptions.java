package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.config.Settings;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The options every subcommand shares for finding its configuration. Commands that run on an embedded broker
 * ({@code local}, {@code bench}) take these; the stages, which connect to a broker, take {@link
 * BrokerConfigOptions}.
 */
public class ConfigOptions {

    @Option(
            names = "--config",
            paramLabel = "FILE",
            description = "Properties file with settings (see newsflow-default.properties for every key).")
    Path file;

    @Option(
            names = {"-D", "--set"},
            paramLabel = "KEY=VALUE",
            mapFallbackValue = "",
            description = "Set one setting, e.g. -D topics.partitions=6. Beats the file and the environment.")
    Map<String, String> overrides = new LinkedHashMap<>();

    public Settings settings() {
        return settings(Map.of());
    }

    public NewsflowConfig config() {
        return NewsflowConfig.from(settings());
    }

    /** The user's configuration with {@code forced} settings on top (they beat even -D). */
    public NewsflowConfig config(Map<String, String> forced) {
        return NewsflowConfig.from(settings(forced));
    }

    private Settings settings(Map<String, String> forced) {
        Map<String, String> all = new LinkedHashMap<>(overrides);
        all.putAll(optionSettings());
        all.putAll(forced);
        return Settings.load(file, System.getenv(), all);
    }

    /** Settings given by dedicated options rather than -D; they beat -D. */
    Map<String, String> optionSettings() {
        return Map.of();
    }
}
