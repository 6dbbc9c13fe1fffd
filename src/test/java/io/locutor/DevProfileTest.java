package io.locutor;

import java.util.Map;
import java.util.Properties;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorInstance;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.support.RouteWatcherReloadStrategy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * LOCUTOR_PROFILE=dev (application-dev.properties): the application runs the routes of ./routes and watches that
 * folder for saved route files. Whether a save reloads is Camel's feature; this checks that the profile turns it on.
 */
class DevProfileTest {

    @Test
    void devProfileRunsTheRoutesFolderWithRouteReloadOn() throws Exception {
        Properties dev = LocutorApp.newMain(Map.of(LocutorApp.PROFILE_VARIABLE, "dev")).getOverrideProperties();
        assertEquals("true", dev.getProperty("camel.main.routes-reload-enabled"));
        assertEquals("routes", dev.getProperty("camel.main.routes-reload-directory"));
        assertEquals("file:routes/*.camel.yaml", dev.getProperty("camel.main.routes-include-pattern"));

        WireMockServer elevenLabs = ElevenLabsSimulator.start();
        try (LocutorInstance app = LocutorInstance.start(Map.of(LocutorApp.PROFILE_VARIABLE, "dev"),
                LocutorInstance.standalone(elevenLabs), new MainListenerSupport())) {
            RouteWatcherReloadStrategy reload = app.context().hasService(RouteWatcherReloadStrategy.class);
            assertNotNull(reload, "no route watcher in the dev profile");
            assertTrue(reload.getFolder().endsWith("routes"), reload.getFolder());
            assertNotNull(app.context().getRoute("synthesize"), "the routes of ./routes run");
        } finally {
            elevenLabs.stop();
        }
    }

    @Test
    void withoutAProfileNothingIsReloaded() {
        Properties defaults = LocutorApp.newMain(Map.of()).getOverrideProperties();
        assertTrue(defaults == null || defaults.getProperty("camel.main.routes-reload-enabled") == null);
    }

    @Test
    void anUnknownProfileIsRefusedByName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> LocutorApp.newMain(Map.of(LocutorApp.PROFILE_VARIABLE, "prod")));
        assertEquals("LOCUTOR_PROFILE=prod is not a profile (known: dev)", refused.getMessage());
    }
}
