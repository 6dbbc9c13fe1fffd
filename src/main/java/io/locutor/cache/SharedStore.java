package io.locutor.cache;

import java.time.Duration;
import java.util.Optional;

/**
 * The cache backend seen as a small key-value store that every locutor instance shares: in-process by default,
 * Redis in production. Jobs, quotas, rate limits, locks and once-per-period alerts live here, so their guarantees
 * hold across instances. Keys are namespaced by the caller ({@code locutor:<area>:...}).
 */
public interface SharedStore {

    Optional<String> get(String key);

    void put(String key, String value, Duration ttl);

    /** Sets the value only if the key is absent; true when this call set it (a lock, a once-only marker). */
    boolean putIfAbsent(String key, String value, Duration ttl);

    /** Adds delta atomically and returns the new value; the TTL is set when the key is created. */
    long increment(String key, long delta, Duration ttl);

    void delete(String key);
}
