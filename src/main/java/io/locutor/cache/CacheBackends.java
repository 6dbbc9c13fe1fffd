package io.locutor.cache;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

/** Builds the shared store for the configured backend, with its metric and shutdown; see {@link #healthCheck}. */
public final class CacheBackends {

    private CacheBackends() {
    }

    /**
     * @param meters the application's meter registry, found once it is bound (observe.MeterRegistries): Redis
     *               commands are timed in it
     */
    public static SharedStore sharedStore(CamelContext camel, CacheConfig config, Clock clock, Supplier<MeterRegistry> meters)
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
