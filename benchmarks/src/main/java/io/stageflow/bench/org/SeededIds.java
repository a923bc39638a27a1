package io.stageflow.bench.org;

import java.util.SplittableRandom;
import java.util.UUID;

/** Random (version 4) UUIDs from a seeded generator: the same seed gives the same org, ids included. */
final class SeededIds {
    private final SplittableRandom random;

    SeededIds(long seed) {
        this.random = new SplittableRandom(seed);
    }

    String next() {
        long high = (random.nextLong() & ~0xF000L) | 0x4000L;
        long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }
}
