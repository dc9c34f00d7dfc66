package io.newsflow.app;

import java.util.concurrent.CountDownLatch;

/** Blocks a long-running command until the process is told to stop, then closes what it started. */
final class RunUntilStopped {

    private RunUntilStopped() {}

    static int run(AutoCloseable... resources) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    for (AutoCloseable r : resources) {
                        try {
                            r.close();
                        } catch (Exception e) {
                            System.err.println("while stopping: " + e);
                        }
                    }
                    stopped.countDown();
                },
                "newsflow-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        stopped.await();
        return 0;
    }
}
