package io.locutor.resilience;

import java.net.http.HttpResponse;
import java.util.Properties;

import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The circuit breaker around the ElevenLabs synthesis call (routes/elevenlabs-tts.camel.yaml). */
class ElevenLabsCircuitTest extends LocutorTestSupport {

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.elevenlabs.circuit.minimum-calls", "3");
        p.put("locutor.elevenlabs.circuit.window", "3");
        p.put("locutor.elevenlabs.circuit.failure-rate", "100");
        p.put("locutor.elevenlabs.circuit.open-seconds", "600");
        p.put("locutor.elevenlabs.max-retries", "1");
    }

    @Test
    void afterSustainedFailureRequestsFailAtOnceWithoutCallingElevenLabs() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .willReturn(ElevenLabsSimulator.error(503, "{\"detail\":{\"status\":\"service_unavailable\",\"message\":\"down\"}}")));
        for (int i = 0; i < 3; i++) {
            assertEquals("elevenlabs_unavailable", json(postJson("/v1/audio", "{\"text\": \"Caida " + i + "\"}"))
                    .path("error").path("code").asText());
        }
        elevenLabs.verify(6, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));

        HttpResponse<String> open = postJson("/v1/audio", "{\"text\": \"Con el circuito abierto\"}");
        assertEquals(503, open.statusCode());
        assertEquals("elevenlabs_circuit_open", json(open).path("error").path("code").asText());
        elevenLabs.verify(6, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }
}
