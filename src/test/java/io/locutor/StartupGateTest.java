package io.locutor;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorInstance;
import org.apache.camel.main.BaseMainSupport;
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
        WireMockServer elevenLabs = ElevenLabsSimulator.startWithSubscription();
        Properties settings = LocutorInstance.standalone(elevenLabs);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest usage = HttpRequest.newBuilder(LocutorInstance.uri(settings, "/v1/usage")).build();
        AtomicReference<HttpResponse<String>> duringStart = new AtomicReference<>();
        MainListenerSupport callWhileStarting = new MainListenerSupport() {
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
        };
        try (LocutorInstance app = LocutorInstance.start(settings, callWhileStarting)) {
            HttpResponse<String> early = duringStart.get();
            assertEquals(503, early.statusCode(), early.body());
            assertEquals("1", early.headers().firstValue("Retry-After").orElse(null));
            assertEquals("starting", new ObjectMapper().readTree(early.body()).path("error").path("code").asText());

            HttpResponse<String> started = http.send(usage, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, started.statusCode(), started.body());
        } finally {
            elevenLabs.stop();
        }
    }
}
