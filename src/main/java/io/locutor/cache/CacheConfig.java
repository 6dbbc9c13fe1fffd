package io.locutor.cache;

import java.time.Duration;
import java.util.Locale;

/** Cache settings: backend (memory or redis), Redis URL and command timeout, entry TTL and renewal, lock expiry. */
public record CacheConfig(
        String backend,
        String redisUrl,
        Duration redisTimeout,
        Duration ttl,
        boolean extendTtlOnHit,
        Duration lockTtl,
        Duration waitTimeout) {

    public static final String MEMORY = "memory";
    public static final String REDIS = "redis";

    public CacheConfig {
        backend = backend.trim().toLowerCase(Locale.ROOT);
        if (!backend.equals(MEMORY) && !backend.equals(REDIS)) {
            throw new IllegalStateException("LOCUTOR_CACHE (locutor.cache.backend) must be memory or redis, not \"" + backend + "\"");
        }
    }

    public boolean redis() {
        return backend.equals(REDIS);
    }
}
