package io.locutor.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Stored audio asked for again is answered from memory ({@link HotAudio}, on by default) with what the file gives: the
 * same bytes and headers for a GET, a range and a HEAD, again and again; audio generated again under its name is the new
 * audio, and audio gone from storage is a 404.
 */
class HotAudioDoorTest extends LocutorTestSupport {

    private final HttpClient http11 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void repeatedRequestsGetTheFilesBytesAndHeadersUntilTheFileChanges() throws Exception {
        String url = json(postJson("/v1/audio", "{\"text\": \"La bienvenida de cada llamada.\"}")).path("audio_url").asText();
        String name = url.substring(url.lastIndexOf('/') + 1);
        Path file = dataDir().resolve("audio").resolve(name);
        byte[] audio = Files.readAllBytes(file);
        assertArrayEquals(ElevenLabsSimulator.AUDIO, audio);
        String etag = "\"" + name.substring(0, 64) + "\"";

        for (int i = 0; i < 3; i++) { // the first read from disk, the next ones from memory: all alike
            HttpResponse<byte[]> whole = send(url, "GET", Map.of());
            assertEquals(200, whole.statusCode());
            assertArrayEquals(audio, whole.body());
            assertEquals(Map.of("accept-ranges", List.of("bytes"), "cache-control", List.of("public, max-age=31536000, immutable"),
                    "content-length", List.of(Integer.toString(audio.length)), "content-type", List.of("audio/mpeg"),
                    "etag", List.of(etag)), headers(whole));

            HttpResponse<byte[]> range = send(url, "GET", Map.of("Range", "bytes=10-109"));
            assertEquals(206, range.statusCode());
            assertArrayEquals(Arrays.copyOfRange(audio, 10, 110), range.body());
            assertEquals("bytes 10-109/" + audio.length, range.headers().firstValue("Content-Range").orElse(""));
            assertEquals("100", range.headers().firstValue("Content-Length").orElse(""));

            HttpResponse<byte[]> suffix = send(url, "GET", Map.of("Range", "bytes=-7"));
            assertEquals(206, suffix.statusCode());
            assertArrayEquals(Arrays.copyOfRange(audio, audio.length - 7, audio.length), suffix.body());

            HttpResponse<byte[]> head = send(url, "HEAD", Map.of());
            assertEquals(200, head.statusCode());
            assertEquals(0, head.body().length);
            assertEquals(headers(whole), headers(head));

            assertEquals(416, send(url, "GET", Map.of("Range", "bytes=" + audio.length + "-")).statusCode());
            assertEquals(304, send(url, "GET", Map.of("If-None-Match", etag)).statusCode());
        }

        // purged and generated again under the same name (other audio): the new bytes, not the ones held
        byte[] again = new byte[audio.length + 3];
        Arrays.fill(again, (byte) 7);
        Path staged = Files.write(file.resolveSibling(name + ".new"), again);
        Files.move(staged, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        HttpResponse<byte[]> renewed = send(url, "GET", Map.of());
        assertArrayEquals(again, renewed.body());
        assertEquals(Integer.toString(again.length), renewed.headers().firstValue("Content-Length").orElse(""));

        Files.delete(file);
        HttpResponse<byte[]> gone = send(url, "GET", Map.of());
        assertEquals(404, gone.statusCode());
        assertEquals("application/problem+json", gone.headers().firstValue("Content-Type").orElse(""));
    }

    private HttpResponse<byte[]> send(String url, String method, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return http11.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        return new TreeMap<>(response.headers().map());
    }
}
