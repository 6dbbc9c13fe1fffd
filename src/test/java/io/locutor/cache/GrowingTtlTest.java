package io.locutor.cache;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class GrowingTtlTest {

    @Test
    void ttlGrowsWithHitsAndStopsAtTheMaximum() {
        SharedAudioIndex index = new SharedAudioIndex(new InMemorySharedStore(Clock.systemUTC()), Duration.ofHours(24), true,
                Duration.ofDays(30));
        assertEquals(Duration.ofHours(48), index.grownTtl(1));
        assertEquals(Duration.ofHours(24 * 11), index.grownTtl(10));
        assertEquals(Duration.ofDays(30), index.grownTtl(29));
        assertEquals(Duration.ofDays(30), index.grownTtl(Long.MAX_VALUE));
    }

    @Test
    void aMaximumBelowTheBaseMeansNoGrowth() {
        SharedAudioIndex index = new SharedAudioIndex(new InMemorySharedStore(Clock.systemUTC()), Duration.ofHours(24), true,
                Duration.ofHours(1));
        assertEquals(Duration.ofHours(24), index.grownTtl(5));
    }
}
