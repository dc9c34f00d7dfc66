package io.newsflow.ingest.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Two crawler processes on one machine must not take one transactional id (the second would fence the first). */
class InstanceIdTest {

    /** Run in a child JVM: prints the default instance id of that process. */
    public static void main(String[] args) {
        System.out.print(Crawler.defaultInstanceId());
    }

    @Test
    void twoProcessesOnOneMachineGetDifferentDefaultIds() throws Exception {
        String first = idOfAnotherProcess();
        String second = idOfAnotherProcess();
        assertThat(first).startsWith("crawler-").isNotEqualTo(second);
        assertThat(Crawler.defaultInstanceId()).isNotIn(first, second);
        assertThat(Crawler.defaultInstanceId()).isEqualTo(Crawler.defaultInstanceId()); // stable within a process
    }

    private static String idOfAnotherProcess() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), InstanceIdTest.class.getName())
                .redirectErrorStream(true)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    }
}
