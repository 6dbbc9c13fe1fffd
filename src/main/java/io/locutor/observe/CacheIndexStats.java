package io.locutor.observe;

import java.time.Duration;

import io.locutor.cache.CacheUnavailableException;
import io.locutor.cache.SharedAudioIndex;

/** The cache index's size and average remaining TTL, from one scan, reused until it is older than {@code every}. */
final class CacheIndexStats {

    record Snapshot(double entries, double averageRemainingSeconds, long takenAtNanos) {
    }

    private final SharedAudioIndex index;
    private final Duration every;
    private Snapshot last;

    CacheIndexStats(SharedAudioIndex index, Duration every) {
        this.index = index;
        this.every = every;
    }

    synchronized Snapshot current() {
        long now = System.nanoTime();
        if (last == null || now - last.takenAtNanos() >= every.toNanos()) {
            last = scan(now);
        }
        return last;
    }

    private Snapshot scan(long now) {
        long[] count = new long[1];
        double[] seconds = new double[1];
        try {
            index.forEach(entry -> index.remaining(entry.cacheKey()).ifPresent(left -> {
                count[0]++;
                seconds[0] += left.toMillis() / 1000.0;
            }));
        } catch (CacheUnavailableException e) {
            return new Snapshot(Double.NaN, Double.NaN, now);
        }
        return new Snapshot(count[0], count[0] == 0 ? 0 : seconds[0] / count[0], now);
    }
}
