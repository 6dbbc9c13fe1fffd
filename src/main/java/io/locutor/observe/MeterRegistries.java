package io.locutor.observe;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.camel.CamelContext;

/** The application's meter registry, handed to the beans that count. */
public final class MeterRegistries {

    private MeterRegistries() {
    }

    /**
     * The registry camel-main bound from {@code camel.metrics.*}, found once by the wiring. camel-main binds it before
     * any configuration class runs (BaseMainSupport.autoconfigure configures metrics from the main configuration,
     * then loads the configuration classes), so nothing needs to look for it later; WiringTest pins that. With
     * {@code camel.metrics.enabled=false} it is a registry nobody reads, so no bean has to check for none.
     */
    public static MeterRegistry bound(CamelContext camel) {
        MeterRegistry bound = camel.getRegistry().findSingleByType(MeterRegistry.class);
        return bound != null ? bound : new SimpleMeterRegistry();
    }
}
