package io.locutor.observe;

import java.util.Map;

import io.locutor.storage.AudioStore;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Readiness of audio storage: a lookup must answer (a folder that vanished, an S3 endpoint that does not answer).
 * The cache backend has its own check (Redis PING); the in-process one cannot fail.
 */
public final class StorageHealth extends AbstractHealthCheck {

    private static final String PROBE_KEY = "0".repeat(64);

    private final AudioStore store;

    public StorageHealth(AudioStore store) {
        super("locutor", "storage");
        this.store = store;
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            store.exists(PROBE_KEY, "probe");
            builder.up();
        } catch (RuntimeException e) {
            builder.message(e.getClass().getSimpleName() + ": " + e.getMessage()).down();
        }
    }
}
