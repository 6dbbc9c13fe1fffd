package io.locutor.cache;

import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the shared cache backend: every failed command counts in {@code locutor.cache.backend.errors}; the log
 * says WARN once when the backend stops answering and INFO once when it answers again, not once per request.
 */
public class CacheBackendMonitor {

    private static final Logger LOG = LoggerFactory.getLogger(CacheBackendMonitor.class);

    private final String backend;
    private final MeterRegistry meters;
    private final AtomicBoolean up = new AtomicBoolean(true);
    private volatile Counter errors;

    public CacheBackendMonitor(String backend, MeterRegistry meters) {
        this.backend = backend;
        this.meters = meters;
    }

    public void succeeded() {
        if (up.compareAndSet(false, true)) {
            LOG.info("Cache backend {} answers again: cache in use", backend);
        }
    }

    public CacheUnavailableException failed(String operation, RuntimeException cause) {
        counter();
        if (up.compareAndSet(true, false)) {
            LOG.warn("Cache backend {} failed on {} ({}): serving requests without the cache until it answers", backend,
                    operation, rootMessage(cause));
        }
        return new CacheUnavailableException("cache backend " + backend + " failed on " + operation, cause);
    }

    private void counter() {
        Counter counter = errors;
        if (counter == null) {
            counter = Counter.builder("locutor.cache.backend.errors").tag("backend", backend)
                    .description("Commands the shared cache backend failed or did not answer in time").register(meters);
            errors = counter;
        }
        counter.increment();
    }

    /** The innermost message (a connection refusal, a timeout), never a URL with a password: Lettuce omits it. */
    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
