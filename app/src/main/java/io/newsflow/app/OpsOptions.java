package io.newsflow.app;

import picocli.CommandLine.Option;

/** The ops port option the long-running stages share. */
final class OpsOptions {

    @Option(
            names = "--ops-port",
            paramLabel = "PORT",
            description = "Port for /metrics, /health, /ready (setting ops.port, default 8080).")
    Integer port;

    String bindAddress(ConfigOptions config) {
        return config.settings().get("ops.bind.address");
    }

    int port(ConfigOptions config) {
        return port != null ? port : config.settings().getInt("ops.port", 0, 65_535);
    }
}
