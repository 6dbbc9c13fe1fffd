package io.locutor;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slow generations must not starve the HTTP door: each request holds a Vert.x worker thread while it waits, so with
 * Vert.x's default pool (20) thirty requests waiting for ElevenLabs would keep a cache hit waiting too.
 */
class HttpCapacityTest extends LocutorTestSupport {

    private static final int WAITING = 30;

    @Override
    protected void overrides(Properties p) {
        // One ElevenLabs slot, and long enough a wait for it that nobody gives up while the test looks.
        p.put("locutor.elevenlabs.concurrency", "1");
        p.put("locutor.elevenlabs.pool-timeout", "10");
    }

    @Test
    void aCacheHitIsAnsweredWhileThirtyRequestsWaitForElevenLabs() throws Exception {
        assertEquals(200, postJson("/v1/audio", "{\"text\": \"Ya está en caché.\"}").statusCode());
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(containing("Generación lenta"))
                .willReturn(ElevenLabsSimulator.audioResponse().withFixedDelay(3000)));
        CompletableFuture<Void> firstArrived = ElevenLabsSimulator.arrivalOf("Generación lenta");
        CompletableFuture<Void> firstDone = ElevenLabsSimulator.completionOf("Generación lenta");

        List<CompletableFuture<HttpResponse<String>>> slow = new ArrayList<>();
        for (int i = 0; i < WAITING; i++) {
            slow.add(http.sendAsync(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Generación lenta número " + i + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        firstArrived.get(20, TimeUnit.SECONDS);

        HttpResponse<String> hit = postJson("/v1/audio", "{\"text\": \"Ya está en caché.\"}");

        assertEquals(200, hit.statusCode(), hit.body());
        JsonNode answer = json(hit);
        assertTrue(answer.path("cached").asBoolean(), answer.toString());
        assertFalse(firstDone.isDone(), "the cache hit waited for a generation to finish: requests starve the HTTP door");
        CompletableFuture.allOf(slow.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }
}
