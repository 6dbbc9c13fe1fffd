package io.locutor.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every production mode of the packaged jar must do: synthesize a miss then a hit, serve the audio byte-exact,
 * show numeric locutor gauges, and stop cleanly on SIGTERM. WireMock plays ElevenLabs with the simulator's defaults
 * and its subscription.
 */
public final class PackagedJarChecks {

    /** A JVM ended by SIGTERM after its shutdown hooks ran: 128 + 15, what container runtimes expect. */
    public static final int SIGTERM_EXIT = 143;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private PackagedJarChecks() {
    }

    /** POSTs the text twice (a miss, then a hit) and fetches audio_url; returns the second answer. */
    public static JsonNode synthesizesMissThenHit(PackagedJar jar, String text) throws Exception {
        JsonNode miss = postAudio(jar, text);
        assertFalse(miss.path("cached").asBoolean(), miss.toString());
        JsonNode hit = postAudio(jar, text);
        assertTrue(hit.path("cached").asBoolean(), hit.toString());
        assertEquals(miss.path("cache_key").asText(), hit.path("cache_key").asText());
        HttpResponse<byte[]> audio = HTTP.send(HttpRequest.newBuilder(URI.create(hit.path("audio_url").asText())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, audio.statusCode(), hit.path("audio_url").asText());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, audio.body(), "the audio served is the audio ElevenLabs sent");
        return hit;
    }

    public static JsonNode postAudio(PackagedJar jar, String text) throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(jar.uri("/v1/audio"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": " + JSON.writeValueAsString(text) + "}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body() + "\n" + jar.output());
        return JSON.readTree(answer.body());
    }

    /** After GET /v1/usage, the subscription gauges are the simulator's figures and no locutor sample is NaN. */
    public static PrometheusText numericGauges(PackagedJar jar) throws Exception {
        HttpResponse<String> usage = HTTP.send(HttpRequest.newBuilder(jar.uri("/v1/usage")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, usage.statusCode(), usage.body());
        String text = HTTP.send(HttpRequest.newBuilder(jar.uri("/observe/metrics")).build(), HttpResponse.BodyHandlers.ofString()).body();
        PrometheusText metrics = new PrometheusText(text);
        assertEquals(1234, metrics.sum("locutor_elevenlabs_subscription_used"));
        assertEquals(100000, metrics.sum("locutor_elevenlabs_subscription_limit"));
        assertTrue(metrics.sum("locutor_upstream_in_use") >= 0);
        for (String line : text.split("\n")) {
            assertFalse(line.startsWith("locutor_") && line.endsWith("NaN"), line);
        }
        assertFalse(jar.output().contains("already registered"), "a meter was registered twice:\n" + jar.output());
        return metrics;
    }

    /** SIGTERM: exits with 143 after a clean shutdown, no stack trace anywhere in its output. */
    public static void stopsCleanly(PackagedJar jar) throws Exception {
        assertEquals(SIGTERM_EXIT, jar.stop(), jar.output());
        String output = jar.output();
        assertTrue(output.contains("is shutting down"), output);
        assertFalse(output.contains("\tat ") || output.contains("Caused by:"), "a stack trace:\n" + output);
        assertFalse(output.contains(ElevenLabsSimulator.API_KEY), "the API key was logged");
    }
}
