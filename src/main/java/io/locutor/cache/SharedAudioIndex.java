package io.locutor.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The audio index kept in the shared store: {@code locutor:audio:<cache_key>} holds the object's location and
 * metadata as JSON, {@code locutor:audio-hits:<cache_key>} counts hits atomically beside it. Both live for the
 * TTL, renewed on each hit when configured, and the renewal grows with use (the base TTL times one plus the hits so
 * far, at most the maximum), so audio hit often is kept longer while forgotten audio ages out.
 *
 * <p>In-process (the memory store), each entry is also kept parsed beside its JSON text: a cache hit answered on the
 * event loop read the entry's JSON on every request (a tenth of the hit door's samples, bench/README.md "Eighth run").
 * The store stays the one truth: a parsed entry is used only while the store still returns the very text it was read
 * from (same object), so a TTL expiry, a purge, a rewrite or another writer is seen exactly as before. Redis is read as
 * it always was (its text is a new string on every read).
 */
public class SharedAudioIndex implements AudioIndex {

    static final String PREFIX = "locutor:audio:";
    static final String HITS = "locutor:audio-hits:";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SharedStore store;
    private final Duration ttl;
    private final boolean extendOnHit;
    private final Duration maxTtl;
    /** Hits after which the TTL is the maximum; computed once (Duration.dividedBy goes through BigDecimal). */
    private final long hitsToMax;
    /** The most parsed entries kept in-process (about half a kilobyte each). */
    static final int PARSED_ENTRIES = 100_000;
    /**
     * In-process only: cache key → the entry last read and the text it was read from (null for Redis). Bounded, and
     * dropped when not read for the longest TTL: an entry is only a shortcut, checked against the store on every read.
     */
    private final Cache<String, Parsed> parsed;

    public SharedAudioIndex(SharedStore store, Duration ttl, boolean extendOnHit, Duration maxTtl) {
        this.store = store;
        this.ttl = ttl;
        this.extendOnHit = extendOnHit;
        this.maxTtl = maxTtl.compareTo(ttl) < 0 ? ttl : maxTtl;
        this.hitsToMax = ttl.isZero() ? 0 : this.maxTtl.dividedBy(ttl);
        this.parsed = !store.inProcess() ? null : (this.maxTtl.isZero() ? Caffeine.newBuilder()
                : Caffeine.newBuilder().expireAfterAccess(this.maxTtl)).maximumSize(PARSED_ENTRIES).executor(Runnable::run).build();
    }

    /** The TTL an entry gets at its n-th hit: the base TTL times (1 + n), never past the maximum. */
    Duration grownTtl(long hits) {
        if (hits >= hitsToMax) {
            return maxTtl;
        }
        Duration grown = ttl.multipliedBy(1 + hits);
        return grown.compareTo(maxTtl) > 0 ? maxTtl : grown;
    }

    /** What is left of the entry's TTL (empty when it is gone). */
    public Optional<Duration> remaining(String cacheKey) {
        return store.timeToLive(PREFIX + cacheKey);
    }

    @Override
    public boolean inProcess() {
        return store.inProcess();
    }

    @Override
    public Optional<AudioEntry> get(String cacheKey) {
        Optional<String> text = store.get(PREFIX + cacheKey);
        Optional<AudioEntry> entry = parsed == null ? text.flatMap(SharedAudioIndex::read) : kept(cacheKey, text);
        return entry.map(e -> e.withHits(store.get(HITS + cacheKey).map(Long::parseLong).orElse(0L)));
    }

    /** The entry parsed from this text: the one kept when the store returned that same text object, else read now. */
    private Optional<AudioEntry> kept(String cacheKey, Optional<String> text) {
        if (text.isEmpty()) {
            parsed.invalidate(cacheKey); // expired or deleted in the store: nothing kept for it
            return Optional.empty();
        }
        String json = text.get();
        Parsed known = parsed.getIfPresent(cacheKey);
        if (known != null && known.json() == json) {
            return Optional.of(known.entry());
        }
        Optional<AudioEntry> read = read(json);
        read.ifPresentOrElse(e -> parsed.put(cacheKey, new Parsed(json, e)), () -> parsed.invalidate(cacheKey));
        return read;
    }

    @Override
    public void put(AudioEntry entry) {
        if (parsed != null) {
            parsed.invalidate(entry.cacheKey()); // read again from the stored text on its next lookup
        }
        store.put(PREFIX + entry.cacheKey(), write(entry), ttl);
    }

    @Override
    public boolean remove(String cacheKey) {
        store.delete(HITS + cacheKey);
        boolean removed = store.delete(PREFIX + cacheKey);
        if (parsed != null) {
            parsed.invalidate(cacheKey);
        }
        return removed;
    }

    /** How many parsed entries are kept (in-process only; 0 for Redis): for tests of their upkeep. */
    int parsedEntries() {
        if (parsed == null) {
            return 0;
        }
        parsed.cleanUp();
        return (int) parsed.estimatedSize();
    }

    @Override
    public void hit(String cacheKey) {
        long hits = store.increment(HITS + cacheKey, 1, ttl);
        if (extendOnHit) {
            Duration grown = grownTtl(hits);
            store.expire(PREFIX + cacheKey, grown);
            store.expire(HITS + cacheKey, grown);
        }
    }

    @Override
    public void forEach(Consumer<AudioEntry> each) {
        store.scan(PREFIX, key -> get(key.substring(PREFIX.length())).ifPresent(each));
    }

    private static String write(AudioEntry entry) {
        try {
            return JSON.writeValueAsString(new Stored(entry.cacheKey(), entry.location(), entry.extension(), entry.voiceId(), entry.modelId(),
                    entry.characters(), entry.requestId(), entry.createdAtMillis()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an index entry is plain data", e);
        }
    }

    /** An entry this version cannot read is a miss: the audio is generated again and the entry rewritten. */
    private static Optional<AudioEntry> read(String json) {
        try {
            Stored s = JSON.readValue(json, Stored.class);
            return Optional.of(new AudioEntry(s.cacheKey(), s.extension(), s.voiceId(), s.modelId(), s.characters(),
                    s.requestId(), s.created(), 0));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** An entry as read, and the stored text (the very object) it was read from. */
    private record Parsed(String json, AudioEntry entry) {
    }

    /** The JSON kept in Redis (snake_case, readable with redis-cli). */
    private record Stored(
            @JsonProperty("cache_key") String cacheKey,
            @JsonProperty("location") String location,
            @JsonProperty("extension") String extension,
            @JsonProperty("voice_id") String voiceId,
            @JsonProperty("model_id") String modelId,
            @JsonProperty("characters") long characters,
            @JsonProperty("request_id") String requestId,
            @JsonProperty("created") long created) {
    }
}
