package io.locutor.observe;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import org.apache.camel.CamelContext;

/** The application's meter registry, for beans built before camel-micrometer binds it. */
public final class MeterRegistries {

    private MeterRegistries() {
    }

    /**
     * The registry, searched for until it is bound and then kept: a registry search by type walks every bean, and
     * meters are used per request (per Redis command, in Redis mode).
     */
    public static Supplier<MeterRegistry> foundOnce(CamelContext camel) {
        AtomicReference<MeterRegistry> found = new AtomicReference<>();
        return () -> found.updateAndGet(kept -> kept != null ? kept : camel.getRegistry().findSingleByType(MeterRegistry.class));
    }
}
