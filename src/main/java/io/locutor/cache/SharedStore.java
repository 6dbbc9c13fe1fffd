package io.locutor.cache;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The cache backend seen as a small key-value store that every locutor instance shares: in-process by default,
 * Redis in production. Jobs, quotas, rate limits, locks and once-per-period alerts live here, so their guarantees
 * hold across instances. Keys are namespaced by the caller ({@code locutor:<area>:...}). A backend that cannot
 * answer throws {@link CacheUnavailableException}; callers degrade rather than fail the request.
 */
public interface SharedStore {

    /** True when every call is answered from this process's memory, never a network round trip (safe on an event loop). */
    default boolean inProcess() {
        return false;
    }

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    /** Sets the value only if the key is absent; true when this call set it (a lock, a once-only marker). */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** Adds delta atomically and returns the new value; the TTL is set when the key is created. */
    long increment(String key, long delta, Duration ttl);

    /** Gives a live key a new TTL from now; false when the key is absent. */
    boolean expire(String key, Duration ttl);

    /** How long a live key has left; empty when it is absent or never expires. */
    Optional<Duration> timeToLive(String key);

    /** True when the key existed. */
    boolean delete(String key);

    /** Deletes the key only while it still holds this value (releasing a lock only its owner holds). */
    boolean deleteIfEquals(String key, String value);

    /** Every live key starting with the prefix, visited in batches (Redis SCAN, never KEYS). */
    void scan(String prefix, Consumer<String> each);
}
