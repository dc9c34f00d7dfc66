package io.newsflow.app;

import io.newsflow.app.config.NewsflowConfig;
import io.newsflow.app.kafka.TopicProvisioner;
import io.newsflow.app.local.PagePublisher;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Publish pages to pages.raw as RawPage records (key = URL).",
                "Sources: --folder DIR reads .html, .htm, .txt and their .gz forms."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ConfigOptions options;

    @Option(names = "--folder", paramLabel = "DIR", required = true, description = "Folder of pages to publish.")
    Path folder;

    @Override
    public Integer call() {
        NewsflowConfig config = options.config();
        TopicProvisioner.ensure(config.kafka(), config.topics());
        int n = PagePublisher.publishFolder(folder, config.topics().pagesRaw(), config.kafka(), config.serdes().rawPage().serializer());
        System.out.printf("published %d pages from %s to %s%n", n, folder, config.topics().pagesRaw());
        return 0;
    }
}
