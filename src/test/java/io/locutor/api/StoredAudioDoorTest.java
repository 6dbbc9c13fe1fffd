package io.locutor.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.observe.AccessLog;
import io.locutor.support.CapturedLog;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.PrometheusText;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored audio over HTTP/1.1, as telephony fetchers and nginx ask for it: answered from the HTTP server's event loops
 * ({@link StoredAudioDoor}, three of them here) with everything the Camel door gives: the API key (and its refusals as
 * problem+json), a 404 for audio gone from storage, and each request counted and logged under its REST verb's id.
 */
class StoredAudioDoorTest extends LocutorTestSupport {

    private static final String KEY = "lk_audio_4e1b7c90d2a65f38";

    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.security.api-keys", "phone:" + KEY);
        p.put("locutor.http.event-loops", "3");
    }

    @Test
    void storedAudioIsKeyedRefusedCountedAndLoggedAsAtItsRestDoor() throws Exception {
        try (CapturedLog access = new CapturedLog(AccessLog.LOGGER)) {
            HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                    .header("Content-Type", "application/json").header("X-Api-Key", KEY)
                    .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Audio para la centralita.\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, made.statusCode(), made.body());
            String url = json(made).path("audio_url").asText();

            HttpResponse<byte[]> noKey = send(url, "GET", null);
            assertEquals(401, noKey.statusCode());
            assertEquals("Bearer", noKey.headers().firstValue("WWW-Authenticate").orElse(""));
            assertEquals("application/problem+json", noKey.headers().firstValue("Content-Type").orElse(""));
            assertEquals("unauthorized", problem(noKey).path("error").path("code").asText());

            HttpResponse<byte[]> inUrl = send(url + "?api_key=" + KEY, "GET", KEY);
            assertEquals(400, inUrl.statusCode());
            assertEquals("credentials_in_url", problem(inUrl).path("code").asText());
            assertEquals("api_key", problem(inUrl).path("field").asText());

            HttpResponse<byte[]> audio = send(url, "GET", KEY);
            assertEquals(200, audio.statusCode());
            assertArrayEquals(ElevenLabsSimulator.AUDIO, audio.body());
            // keys required: shared caches must not keep the audio for other callers
            assertEquals("private, max-age=31536000, immutable", audio.headers().firstValue("Cache-Control").orElse(""));
            HttpResponse<byte[]> head = send(url, "HEAD", KEY);
            assertEquals(200, head.statusCode());
            assertEquals(Integer.toString(ElevenLabsSimulator.AUDIO.length), head.headers().firstValue("Content-Length").orElse(""));

            String gone = url.substring(0, url.lastIndexOf('/') + 1) + "0".repeat(64) + ".mp3";
            HttpResponse<byte[]> missing = send(gone, "GET", KEY);
            assertEquals(404, missing.statusCode());
            assertEquals("not_found", problem(missing).path("code").asText());

            PrometheusText metrics = new PrometheusText(http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/observe/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body());
            assertEquals(1, metrics.sum("locutor_requests_total", "door=\"get-stored-audio\"", "outcome=\"ok\""));
            assertEquals(3, metrics.sum("locutor_requests_total", "door=\"get-stored-audio\"", "outcome=\"error\""));
            assertEquals(1, metrics.sum("locutor_requests_total", "door=\"head-stored-audio\"", "outcome=\"ok\""));
            assertEquals(1, metrics.sum("locutor_errors_total", "code=\"credentials_in_url\""));
            assertEquals(1, metrics.sum("http_server_requests_seconds_count", "route=\"get-stored-audio\"", "status=\"200\""));
            assertEquals(1, metrics.sum("http_server_requests_seconds_count", "route=\"get-stored-audio\"", "status=\"401\""));
            assertEquals(1, metrics.sum("http_server_requests_seconds_count", "route=\"get-stored-audio\"", "status=\"404\""));

            List<String> lines = access.awaitLines(6, Duration.ofSeconds(30)).stream()
                    .filter(line -> line.contains("-stored-audio ")).toList();
            assertEquals(5, lines.size(), String.join("\n", access.lines()));
            assertTrue(lines.get(0).matches("door=get-stored-audio outcome=unauthorized status=401 ms=\\d+ chars=0 "
                    + "voice=- model=- campaign=- request_id=\\S+"), lines.get(0));
            assertTrue(lines.get(2).startsWith("door=get-stored-audio outcome=ok status=200 "), lines.get(2));
            assertTrue(lines.get(3).startsWith("door=head-stored-audio outcome=ok status=200 "), lines.get(3));
            assertTrue(lines.get(4).startsWith("door=get-stored-audio outcome=not_found status=404 "), lines.get(4));
            assertTrue(access.lines().stream().noneMatch(line -> line.contains(KEY)), "a key reached the access log");
        }
    }

    /** Connections spread over the server's event loops all get the whole file. */
    @Test
    void manyConnectionsAtOnceAllGetTheWholeFile() throws Exception {
        HttpResponse<String> made = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + KEY)
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Muchas llamadas a la vez.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        String url = json(made).path("audio_url").asText();
        List<CompletableFuture<HttpResponse<byte[]>>> fetches = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            // a client each: a connection each
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            fetches.add(client.sendAsync(HttpRequest.newBuilder(URI.create(url)).header("X-Api-Key", KEY).build(),
                    HttpResponse.BodyHandlers.ofByteArray()));
        }
        for (CompletableFuture<HttpResponse<byte[]>> fetch : fetches) {
            HttpResponse<byte[]> response = fetch.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertEquals(200, response.statusCode());
            assertArrayEquals(ElevenLabsSimulator.AUDIO, response.body());
        }
    }

    private HttpResponse<byte[]> send(String url, String method, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        HttpResponse<byte[]> response = http11.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(HttpClient.Version.HTTP_1_1, response.version());
        return response;
    }

    private static JsonNode problem(HttpResponse<byte[]> response) throws Exception {
        return JSON.readTree(new String(response.body(), StandardCharsets.UTF_8));
    }
}
