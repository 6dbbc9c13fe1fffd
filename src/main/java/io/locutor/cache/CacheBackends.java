package io.locutor.cache;

import java.time.Clock;
import java.util.Optional;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

/** Builds the shared store for the configured backend, with its metric and shutdown; see {@link #healthCheck}. */
public final class CacheBackends {

    private CacheBackends() {
    }

    /** @param meters where Redis commands are timed and the backend's failures counted */
    public static SharedStore sharedStore(CamelContext camel, CacheConfig config, Clock clock, MeterRegistry meters)
            throws Exception {
        if (!config.redis()) {
            return new InMemorySharedStore(clock);
        }
        RedisConnection connection = new RedisConnection(config.redisUrl(), config.redisTimeout(), meters);
        camel.addService(connection, true, true);
        connection.requireReachable();
        return new RedisSharedStore(connection.template(), new CacheBackendMonitor(CacheConfig.REDIS, meters));
    }

    /** The readiness check of a shared backend (Redis); none for the in-memory store, which is always there. */
    public static Optional<CacheBackendHealthCheck> healthCheck(SharedStore store) {
        return store instanceof RedisSharedStore redis ? Optional.of(new CacheBackendHealthCheck(redis)) : Optional.empty();
    }

    public static SingleFlight singleFlight(CamelContext camel, SharedStore store, CacheConfig config) throws Exception {
        SharedSingleFlight flights = new SharedSingleFlight(store, config.lockTtl());
        camel.addService(flights, true, true);
        return flights;
    }
}
