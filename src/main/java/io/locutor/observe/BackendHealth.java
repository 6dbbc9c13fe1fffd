package io.locutor.observe;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import io.locutor.cache.SharedStore;
import io.locutor.storage.AudioStore;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/** Readiness of a backend every request needs: the shared store (cache) answers a write and a read, storage a lookup. */
public final class BackendHealth extends AbstractHealthCheck {

    private static final String PROBE_KEY = "0".repeat(64);

    private final Runnable probe;

    private BackendHealth(String id, Runnable probe) {
        super("locutor", id);
        this.probe = probe;
    }

    /** @param store the shared store as bound when checked (another configuration may replace the default) */
    public static BackendHealth cache(Supplier<SharedStore> store) {
        return new BackendHealth("cache", () -> {
            SharedStore s = store.get();
            s.put("locutor:health:probe", "ok", Duration.ofMinutes(1));
            if (s.get("locutor:health:probe").isEmpty()) {
                throw new IllegalStateException("the shared store lost a value just written");
            }
        });
    }

    public static BackendHealth storage(AudioStore store) {
        return new BackendHealth("storage", () -> store.exists(PROBE_KEY, "probe"));
    }

    @Override
    public boolean isLiveness() {
        return false;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        try {
            probe.run();
            builder.up();
        } catch (RuntimeException e) {
            builder.message(e.getClass().getSimpleName() + ": " + e.getMessage()).down();
        }
    }
}
