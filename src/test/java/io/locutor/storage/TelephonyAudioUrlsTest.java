package io.locutor.storage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Stored audio as telephony platforms fetch it (Twilio &lt;Play&gt;, Asterisk's HTTP media cache, FreeSWITCH's
 * http_cache): HEAD, byte ranges, a strong ETag with If-None-Match, immutable caching, and G.711 in a WAV container.
 */
class TelephonyAudioUrlsTest extends LocutorTestSupport {

    private HttpClient client = http;

    /**
     * Over HTTP/1.1 (as telephony fetchers and nginx in front speak) the server sends the stored file itself
     * (sendfile); over HTTP/2 (h2c, this JDK client's default) locutor writes the bytes: the same answers either way.
     */
    @ParameterizedTest
    @EnumSource(HttpClient.Version.class)
    void headRangeEtagAndCachingHeaders(HttpClient.Version version) throws Exception {
        HttpResponse<String> made = postJson("/v1/audio", "{\"text\": \"Audio para la central telefónica, " + version + ".\"}");
        // Once, on a loaded machine, this answer had no audio_url: the status and body say why, should it come again.
        assertEquals(200, made.statusCode(), made.body());
        JsonNode result = json(made);
        String url = result.path("audio_url").asText();
        String etag = "\"" + result.path("cache_key").asText() + "\"";
        byte[] audio = ElevenLabsSimulator.AUDIO;
        client = HttpClient.newBuilder().version(version).connectTimeout(Duration.ofSeconds(10)).build();

        HttpResponse<byte[]> whole = send(url, "GET", null, null);
        assertEquals(version, whole.version());
        assertArrayEquals(audio, whole.body());
        assertEquals(etag, whole.headers().firstValue("ETag").orElse(""));
        assertEquals("public, max-age=31536000, immutable", whole.headers().firstValue("Cache-Control").orElse(""));
        assertEquals("bytes", whole.headers().firstValue("Accept-Ranges").orElse(""));
        assertEquals("audio/mpeg", whole.headers().firstValue("Content-Type").orElse(""));

        HttpResponse<byte[]> head = send(url, "HEAD", null, null);
        assertEquals(200, head.statusCode());
        assertEquals(0, head.body().length);
        assertEquals(Integer.toString(audio.length), head.headers().firstValue("Content-Length").orElse(""));
        assertEquals(etag, head.headers().firstValue("ETag").orElse(""));

        HttpResponse<byte[]> part = send(url, "GET", "Range", "bytes=100-199");
        assertEquals(206, part.statusCode());
        assertEquals("bytes 100-199/" + audio.length, part.headers().firstValue("Content-Range").orElse(""));
        assertArrayEquals(Arrays.copyOfRange(audio, 100, 200), part.body());

        HttpResponse<byte[]> tail = send(url, "GET", "Range", "bytes=-10");
        assertArrayEquals(Arrays.copyOfRange(audio, audio.length - 10, audio.length), tail.body());
        HttpResponse<byte[]> rest = send(url, "GET", "Range", "bytes=" + (audio.length - 5) + "-");
        assertEquals("bytes " + (audio.length - 5) + "-" + (audio.length - 1) + "/" + audio.length,
                rest.headers().firstValue("Content-Range").orElse(""));

        HttpResponse<byte[]> past = send(url, "GET", "Range", "bytes=" + audio.length + "-");
        assertEquals(416, past.statusCode());
        assertEquals("bytes */" + audio.length, past.headers().firstValue("Content-Range").orElse(""));

        HttpResponse<byte[]> unchanged = send(url, "GET", "If-None-Match", etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals(0, unchanged.body().length);
        assertEquals(200, send(url, "GET", "If-None-Match", "\"something-else\"").statusCode());

        // gone from storage (purged by hand): a 404 problem, not an empty 200
        String name = url.substring(url.lastIndexOf('/') + 1);
        try (var files = Files.walk(dataDir())) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals(name)).toList()) {
                Files.delete(file);
            }
        }
        HttpResponse<byte[]> gone = send(url, "GET", null, null);
        assertEquals(404, gone.statusCode());
        assertTrue(new String(gone.body(), java.nio.charset.StandardCharsets.UTF_8).contains("not_found"));
    }

    @Test
    void g711AudioIsAlsoServedAsWav() throws Exception {
        byte[] samples = new byte[8000];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = (byte) (0x80 + i % 50);
        }
        for (String codec : new String[] {"ulaw", "alaw"}) {
            elevenLabs.stubFor(com.github.tomakehurst.wiremock.client.WireMock.post(
                    com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching("/v1/text-to-speech/[A-Za-z0-9]+"))
                    .withQueryParam("output_format", com.github.tomakehurst.wiremock.client.WireMock.equalTo(codec + "_8000"))
                    .atPriority(1).willReturn(ElevenLabsSimulator.audioResponse().withHeader("Content-Type", "audio/basic").withBody(samples)));
            HttpResponse<String> made = postJson("/v1/audio", "{\"text\": \"Teléfono en " + codec + ".\", \"output_format\": \"" + codec + "_8000\"}");
            assertEquals(200, made.statusCode(), made.body());
            JsonNode result = json(made);
            String url = result.path("audio_url").asText();
            assertTrue(url.endsWith("." + codec), url);
            assertArrayEquals(samples, getBytes(url).body());

            HttpResponse<byte[]> wav = getBytes(url.replaceAll("\\." + codec + "$", ".wav"));
            assertEquals(200, wav.statusCode());
            assertEquals("audio/wav", wav.headers().firstValue("Content-Type").orElse(""));
            ByteBuffer header = ByteBuffer.wrap(wav.body()).order(ByteOrder.LITTLE_ENDIAN);
            assertEquals(codec.equals("ulaw") ? 7 : 6, header.getShort(20), "WAVE_FORMAT tag");
            // the JDK's own WAV reader takes it as G.711 at 8 kHz, and finds the samples unchanged
            try (AudioInputStream in = AudioSystem.getAudioInputStream(new java.io.ByteArrayInputStream(wav.body()))) {
                AudioFormat format = in.getFormat();
                assertEquals(codec.equals("ulaw") ? AudioFormat.Encoding.ULAW : AudioFormat.Encoding.ALAW, format.getEncoding());
                assertEquals(8000f, format.getSampleRate());
                assertEquals(1, format.getChannels());
                assertArrayEquals(samples, in.readAllBytes());
            }
        }
    }

    private HttpResponse<byte[]> send(String url, String method, String header, String value) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).method(method, HttpRequest.BodyPublishers.noBody());
        if (header != null) {
            request.header(header, value);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }
}
