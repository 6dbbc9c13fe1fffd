package io.locutor.wiring;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import io.locutor.Settings;
import io.locutor.cache.AudioCache;
import io.locutor.cache.CacheBackendHealthCheck;
import io.locutor.cache.CacheBackends;
import io.locutor.cache.CacheConfig;
import io.locutor.cache.CacheKeys;
import io.locutor.cache.CachePurge;
import io.locutor.cache.SharedAudioIndex;
import io.locutor.cache.SharedStore;
import io.locutor.storage.AudioStore;
import io.locutor.voice.VoiceCatalog;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

/**
 * The idempotent cache and the shared store under it (memory, or Redis shared by every instance): the store also
 * holds quota counters, rate limits, alert markers and jobs, so the domains after this one receive it.
 *
 * @param backendHealth the shared backend's readiness check (Redis only)
 */
record CacheWiring(SharedStore sharedStore, SharedAudioIndex audioIndex, CacheKeys cacheKeys, AudioCache audioCache,
                   CachePurge cachePurge, Optional<CacheBackendHealthCheck> backendHealth) {

    static CacheWiring wire(CamelContext camel, Settings settings, Clock clock, MeterRegistry meters,
                            AudioStore store, VoiceCatalog voices) throws Exception {
        CacheConfig cache = new CacheConfig(settings.get("locutor.cache.backend"), settings.get("locutor.cache.redis-url"),
                Duration.ofMillis(settings.integer("locutor.cache.redis-timeout")),
                Duration.ofSeconds(settings.integer("locutor.cache.ttl")),
                Boolean.parseBoolean(settings.get("locutor.cache.ttl-extend-on-hit")),
                Duration.ofSeconds(settings.integer("locutor.cache.lock-ttl")),
                Duration.ofSeconds(settings.integer("locutor.cache.wait-timeout")));
        SharedStore shared = CacheBackends.sharedStore(camel, cache, clock, meters);
        SharedAudioIndex index = new SharedAudioIndex(shared, cache.ttl(), cache.extendTtlOnHit(),
                Duration.ofSeconds(settings.integer("locutor.cache.ttl-max")));
        AudioCache audioCache = new AudioCache(index, CacheBackends.singleFlight(camel, shared, cache), store,
                cache.waitTimeout(), clock)
                .expiringLocal(Duration.ofSeconds(settings.integer("locutor.fallback.local-ttl")));
        return new CacheWiring(shared, index, new CacheKeys(), audioCache, new CachePurge(index, store, voices),
                CacheBackends.healthCheck(shared));
    }
}
