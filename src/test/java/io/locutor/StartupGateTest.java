package io.locutor;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.apache.camel.support.service.ServiceSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * While the application starts, the port is already open: an API call made then (from a service that starts after
 * the HTTP server, before the routes) gets a 503 JSON answer with Retry-After, not a 404 page; once started, a 200.
 */
class StartupGateTest {

    @Test
    void apiCallsWhileStartingAre503WithRetryAfterThenAnswered() throws Exception {
        WireMockServer elevenLabs = ElevenLabsSimulator.start();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        ElevenLabsSimulator.stubSubscription(elevenLabs);
        int port = LocutorTestSupport.freePort();
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest usage = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/usage")).build();
        AtomicReference<HttpResponse<String>> duringStart = new AtomicReference<>();

        Main main = LocutorApp.newMain(java.util.Map.of());
        main.addOverrideProperty("camel.server.port", Integer.toString(port));
        main.addOverrideProperty("camel.management.port", Integer.toString(port));
        main.addOverrideProperty("locutor.data-dir", Files.createTempDirectory("locutor-gate").toString());
        main.addOverrideProperty("locutor.elevenlabs.base-url", elevenLabs.baseUrl());
        main.addOverrideProperty("locutor.elevenlabs.api-key", ElevenLabsSimulator.API_KEY);
        main.addOverrideProperty("locutor.queue.port", Integer.toString(LocutorTestSupport.freePort()));
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterConfigure(BaseMainSupport configured) {
                try {
                    configured.getCamelContext().addService(new ServiceSupport() {
                        @Override
                        protected void doStart() throws Exception {
                            duringStart.set(http.send(usage, HttpResponse.BodyHandlers.ofString()));
                        }
                    });
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        main.start();
        try {
            HttpResponse<String> early = duringStart.get();
            assertEquals(503, early.statusCode(), early.body());
            assertEquals("1", early.headers().firstValue("Retry-After").orElse(null));
            assertEquals("starting", new ObjectMapper().readTree(early.body()).path("error").path("code").asText());

            HttpResponse<String> started = http.send(usage, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, started.statusCode(), started.body());
        } finally {
            main.stop();
            elevenLabs.stop();
        }
    }
}
