package io.locutor.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.locutor.LocutorApp;
import com.github.tomakehurst.wiremock.WireMockServer;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListener;
import org.apache.camel.main.MainListenerSupport;

/**
 * Another locutor instance in the same JVM, booted through {@link LocutorApp#newMain} as the jar boots, with its own
 * settings: a second server sharing the test's backends.
 */
public final class LocutorInstance implements AutoCloseable {

    /** Data folders {@link #standalone} made: the instance booted on one deletes it when it stops. */
    private static final Set<String> MADE_HERE = ConcurrentHashMap.newKeySet();

    private final Main main;
    private final String dataDir;

    private LocutorInstance(Main main, String dataDir) {
        this.main = main;
        this.dataDir = dataDir;
    }

    public static LocutorInstance start(Properties overrides) {
        return start(overrides, new MainListenerSupport());
    }

    /** With a listener that sees the application being built (e.g. to add a service before it starts). */
    public static LocutorInstance start(Properties overrides, MainListener listener) {
        return start(Map.of(), overrides, listener);
    }

    /** Booted with these environment variables as LocutorApp reads them at launch (LOCUTOR_PROFILE, ...). */
    public static LocutorInstance start(Map<String, String> environment, Properties overrides, MainListener listener) {
        Main main = LocutorApp.newMain(environment);
        overrides.forEach((key, value) -> main.addOverrideProperty(key.toString(), value.toString()));
        main.addMainListener(listener);
        LocutorInstance instance = new LocutorInstance(main, overrides.getProperty("locutor.data-dir"));
        try {
            main.start();
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    /** Settings for a standalone instance: a free port, a fresh data folder, the given simulator as ElevenLabs. */
    public static Properties standalone(WireMockServer elevenLabs) throws IOException {
        int port = LocutorTestSupport.freePort();
        Properties settings = new Properties();
        settings.put("camel.server.port", Integer.toString(port));
        settings.put("camel.management.port", Integer.toString(port));
        Path data = TestFolders.create("instance");
        MADE_HERE.add(data.toString());
        settings.put("locutor.data-dir", data.toString());
        settings.put("locutor.elevenlabs.base-url", elevenLabs.baseUrl());
        settings.put("locutor.elevenlabs.api-key", ElevenLabsSimulator.API_KEY);
        settings.put("locutor.queue.port", Integer.toString(LocutorTestSupport.freePort()));
        return settings;
    }

    /** The URL of a path on the instance those settings describe. */
    public static URI uri(Properties settings, String path) {
        return URI.create("http://localhost:" + settings.getProperty("camel.server.port") + path);
    }

    /** The running application's Camel context. */
    public org.apache.camel.CamelContext context() {
        return main.getCamelContext();
    }

    /** Stops the application, then deletes the data folder {@link #standalone} made for it (a test's own stays). */
    @Override
    public void close() {
        try {
            main.stop();
        } finally {
            if (dataDir != null && MADE_HERE.remove(dataDir)) {
                TestFolders.delete(Path.of(dataDir));
            }
        }
    }
}
