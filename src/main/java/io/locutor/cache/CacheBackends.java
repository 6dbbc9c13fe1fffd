package io.locutor.cache;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

/** Builds the shared store for the configured backend, with its health check, metric and shutdown. */
public final class CacheBackends {

    private CacheBackends() {
    }

    public static SharedStore sharedStore(CamelContext camel, CacheConfig config, Clock clock) throws Exception {
        if (!config.redis()) {
            return new InMemorySharedStore(clock);
        }
        java.util.function.Supplier<MeterRegistry> meters = io.locutor.observe.MeterRegistries.foundOnce(camel);
        RedisConnection connection = new RedisConnection(config.redisUrl(), config.redisTimeout(), meters);
        camel.addService(connection, true, true);
        connection.requireReachable();
        RedisSharedStore redis = new RedisSharedStore(connection.template(), new CacheBackendMonitor(CacheConfig.REDIS, meters));
        camel.getRegistry().bind("cacheBackendHealthCheck", new CacheBackendHealthCheck(redis));
        return redis;
    }

    public static SingleFlight singleFlight(CamelContext camel, SharedStore store, CacheConfig config) throws Exception {
        SharedSingleFlight flights = new SharedSingleFlight(store, config.lockTtl());
        camel.addService(flights, true, true);
        return flights;
    }
}
