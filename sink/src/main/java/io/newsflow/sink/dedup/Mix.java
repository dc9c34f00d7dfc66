package io.newsflow.sink.dedup;

/** SplitMix64's finaliser: a cheap, well-spread 64-bit hash, the same on every JVM and run. */
final class Mix {

    private Mix() {}

    static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
