package io.newsflow.app.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class InProcessDefaultsTest {

    private static final int CPUS = Runtime.getRuntime().availableProcessors();

    @Test
    void enrichGetsAThreadPerPartitionButNoMoreThanTheCpus() {
        Map<String, String> o = new HashMap<>();
        InProcessDefaults.apply(o, 64);
        assertThat(o)
                .containsEntry("topics.partitions", "64")
                .containsEntry("enrich.threads", Integer.toString(Math.min(64, CPUS)));
        Map<String, String> one = new HashMap<>();
        InProcessDefaults.apply(one, 1);
        assertThat(one).containsEntry("enrich.threads", "1");
    }

    @Test
    void whatTheUserSetWins() {
        Map<String, String> o = new HashMap<>(Map.of("topics.partitions", "1", "enrich.threads", "3"));
        InProcessDefaults.apply(o, 2);
        assertThat(o).containsEntry("topics.partitions", "1").containsEntry("enrich.threads", "3");
        Map<String, String> p = new HashMap<>(Map.of("topics.partitions", "1"));
        InProcessDefaults.apply(p, 2);
        assertThat(p).containsEntry("enrich.threads", "1");
    }
}
