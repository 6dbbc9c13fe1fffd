package io.locutor;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Properties;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.locutor.observe.LocutorMetrics;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorInstance;
import io.locutor.support.PrometheusText;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Boots through {@link LocutorApp#newMain}, the path {@code main} takes in the jar: every configuration class runs
 * once, so each meter is registered once and the subscription gauges read the instance the routes update.
 */
class BootPathTest {

    @Test
    void subscriptionGaugesAreNumbersAfterUsageAndNoMeterIsRegisteredTwice() throws Exception {
        WireMockServer elevenLabs = ElevenLabsSimulator.startWithSubscription();
        Properties settings = LocutorInstance.standalone(elevenLabs);
        HttpClient http = HttpClient.newHttpClient();
        try (LocutorInstance app = LocutorInstance.start(settings)) {
            HttpResponse<String> usage = http.send(HttpRequest.newBuilder(LocutorInstance.uri(settings, "/v1/usage")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, usage.statusCode(), usage.body());

            PrometheusText metrics = new PrometheusText(http.send(HttpRequest.newBuilder(
                    LocutorInstance.uri(settings, "/observe/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(1234, metrics.sum("locutor_elevenlabs_subscription_used"));
            assertEquals(100000, metrics.sum("locutor_elevenlabs_subscription_limit"));

            MeterRegistry registry = app.context().getRegistry().findSingleByType(MeterRegistry.class);
            assertEquals(1, registry.find("locutor.elevenlabs.subscription.used").meters().size());
            assertEquals(1, registry.find("locutor.upstream.in.use").meters().size());
            // A second run of the configuration classes would have built a second broker, store and meter set.
            assertEquals(1, app.context().getRegistry().findByType(LocutorMetrics.class).size());
        } finally {
            elevenLabs.stop();
        }
    }
}
