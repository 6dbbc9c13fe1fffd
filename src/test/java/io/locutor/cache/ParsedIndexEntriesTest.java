package io.locutor.cache;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The memory index keeps its entries parsed (SharedAudioIndex over the in-process store), and answers exactly as when it
 * read the stored JSON on every lookup: the same entry and hit count, nothing after a purge or an expiry, and a rewrite
 * (this index's or another writer's on the same store) seen at once. Nothing parsed is kept for what the store dropped.
 */
class ParsedIndexEntriesTest {

    private static final String KEY = "a".repeat(64);

    private final MovableClock clock = new MovableClock();
    private final InMemorySharedStore store = new InMemorySharedStore(clock);
    private final SharedAudioIndex index = new SharedAudioIndex(store, Duration.ofHours(1), false, Duration.ofHours(1));

    @Test
    void aKeptEntryAnswersAsTheStoredTextDoesWithItsHits() {
        AudioEntry made = entry("voice-1", 42);
        index.put(made);
        assertEquals(Optional.of(made), index.get(KEY));
        index.hit(KEY);
        index.hit(KEY);
        assertEquals(Optional.of(withHits(made, 2)), index.get(KEY), "the hit count is read from the store each time");
        assertEquals(1, index.parsedEntries());
    }

    @Test
    void aPurgedEntryIsGoneAndNotKept() {
        index.put(entry("voice-1", 42));
        assertTrue(index.get(KEY).isPresent());
        assertTrue(index.remove(KEY));
        assertEquals(Optional.empty(), index.get(KEY));
        assertEquals(0, index.parsedEntries());
    }

    @Test
    void anExpiredEntryIsGoneAndNotKept() {
        index.put(entry("voice-1", 42));
        assertTrue(index.get(KEY).isPresent());
        clock.now = clock.now.plus(Duration.ofHours(1));
        assertEquals(Optional.empty(), index.get(KEY));
        assertEquals(0, index.parsedEntries());
    }

    @Test
    void aRewriteIsSeenWhoeverWroteIt() {
        index.put(entry("voice-1", 42));
        assertEquals("voice-1", index.get(KEY).orElseThrow().voiceId());

        AudioEntry again = entry("voice-2", 7);
        index.put(again);
        assertEquals(Optional.of(again), index.get(KEY));

        // another index on the same store (another part of this process) writes the key: its text, not the kept entry
        AudioEntry other = entry("voice-3", 9);
        new SharedAudioIndex(store, Duration.ofHours(1), false, Duration.ofHours(1)).put(other);
        assertEquals(Optional.of(other), index.get(KEY));
    }

    @Test
    void unreadableTextIsAMissAsBefore() {
        index.put(entry("voice-1", 42));
        assertTrue(index.get(KEY).isPresent());
        store.put(SharedAudioIndex.PREFIX + KEY, "{not json", Duration.ofHours(1));
        assertEquals(Optional.empty(), index.get(KEY));
        assertEquals(0, index.parsedEntries());
    }

    private AudioEntry entry(String voice, long characters) {
        return new AudioEntry(KEY, "mp3", voice, "eleven_multilingual_v2", characters, "req-" + voice, clock.millis(), 0);
    }

    private static AudioEntry withHits(AudioEntry e, long hits) {
        return new AudioEntry(e.cacheKey(), e.extension(), e.voiceId(), e.modelId(), e.characters(), e.requestId(),
                e.createdAtMillis(), hits);
    }

    private static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
