package io.locutor.cache;

import java.util.Map;

import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of the shared cache backend (Redis answers PING). Requests are still served while it is down, without
 * the cache; DOWN here tells operators and orchestrators that instances no longer share audio or single flight.
 */
public class CacheBackendHealthCheck extends AbstractHealthCheck {

    private final RedisSharedStore redis;

    public CacheBackendHealthCheck(RedisSharedStore redis) {
        super("locutor", "cache-backend");
        this.redis = redis;
    }

    @Override
    public boolean isLiveness() {
        return false; // restarting locutor does not bring Redis back
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        builder.detail("backend", "redis");
        if (redis.ping()) {
            builder.up();
        } else {
            builder.message("Redis does not answer: requests are served without the shared cache").down();
        }
    }
}
