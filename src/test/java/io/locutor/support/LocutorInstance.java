package io.locutor.support;

import java.util.Properties;

import io.locutor.LocutorApp;
import org.apache.camel.main.Main;

/**
 * Another locutor instance in the same JVM, booted like the test's own (main class package scanned for its
 * configuration, top-level application.properties, routes/), with its own settings: a second server sharing the
 * test's backends.
 */
public final class LocutorInstance implements AutoCloseable {

    private final Main main;

    private LocutorInstance(Main main) {
        this.main = main;
    }

    public static LocutorInstance start(Properties overrides) {
        Main main = new Main();
        main.configure().withBasePackageScan(LocutorApp.class.getPackageName());
        main.setDefaultPropertyPlaceholderLocation("file:application.properties");
        main.setOverrideProperties(overrides);
        main.start();
        return new LocutorInstance(main);
    }

    @Override
    public void close() {
        main.stop();
    }
}
