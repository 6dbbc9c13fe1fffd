package io.locutor.support;

import java.util.Map;
import java.util.Properties;

import io.locutor.LocutorApp;
import org.apache.camel.main.Main;

/**
 * Another locutor instance in the same JVM, booted through {@link LocutorApp#newMain} as the jar boots, with its own
 * settings: a second server sharing the test's backends.
 */
public final class LocutorInstance implements AutoCloseable {

    private final Main main;

    private LocutorInstance(Main main) {
        this.main = main;
    }

    public static LocutorInstance start(Properties overrides) {
        Main main = LocutorApp.newMain(Map.of());
        overrides.forEach((key, value) -> main.addOverrideProperty(key.toString(), value.toString()));
        main.start();
        return new LocutorInstance(main);
    }

    /** The running application's Camel context. */
    public org.apache.camel.CamelContext context() {
        return main.getCamelContext();
    }

    @Override
    public void close() {
        main.stop();
    }
}
