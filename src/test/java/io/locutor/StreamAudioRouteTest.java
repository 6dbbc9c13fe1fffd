package io.locutor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

import com.github.tomakehurst.wiremock.http.Fault;
import io.locutor.support.ElevenLabsContract;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /audio/stream and POST /v1/audio/stream through routes/stream-audio.camel.yaml, with WireMock as ElevenLabs. */
class StreamAudioRouteTest extends LocutorTestSupport {

    @Test
    void firstBytesReachTheCallerWhileElevenLabsIsStillSending() throws Exception {
        String text = "Primer fragmento antes del final";
        // Eight chunks over four seconds: the upstream answer is still being sent long after its first chunk.
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*/stream")).atPriority(1)
                .withRequestBody(containing(text))
                .willReturn(ElevenLabsSimulator.audioResponse().withChunkedDribbleDelay(8, 4000)));
        CompletableFuture<Void> upstreamDone = ElevenLabsSimulator.completionOf(text);

        HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(streamUri(text, "Bella")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertEquals("audio/mpeg", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("attachment; filename=speech.mp3", response.headers().firstValue("Content-Disposition").orElse(""));
        assertEquals("miss", response.headers().firstValue("X-Locutor-Cache").orElse(""));
        try (InputStream body = response.body()) {
            byte[] first = body.readNBytes(3);
            assertEquals("ID3", new String(first, StandardCharsets.ISO_8859_1));
            assertFalse(upstreamDone.isDone(), "the caller got audio only after ElevenLabs had sent all of it");
            byte[] rest = body.readAllBytes();
            assertEquals(ElevenLabsSimulator.AUDIO.length, first.length + rest.length);
        }
        upstreamDone.get();
        var call = elevenLabs.findAll(postRequestedFor(urlPathEqualTo("/v1/text-to-speech/AZnzlk1XvdvUeBnXmlld/stream"))).get(0);
        assertEquals("mp3_44100_128", call.queryParameter("output_format").firstValue());
        assertEquals(ElevenLabsSimulator.API_KEY, call.getHeader("xi-api-key"));
        ElevenLabsContract.assertValidTextToSpeechBody(call.getBodyAsString());
    }

    @Test
    void aCompletedStreamIsAHitForBothKindsOfRequest() throws Exception {
        String text = "Stream completo";
        HttpResponse<byte[]> streamed = getBytes(streamUri(text, "Bella").toString());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, streamed.body());
        String key = streamed.headers().firstValue("X-Locutor-Cache-Key").orElseThrow();

        HttpResponse<byte[]> again = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio/stream"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": " + quoted(text) + ", \"voice\": \"Bella\"}")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, again.statusCode());
        assertEquals("hit", again.headers().firstValue("X-Locutor-Cache").orElse(""));
        assertEquals("attachment; filename=speech.mp3", again.headers().firstValue("Content-Disposition").orElse(""));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, again.body());

        var json = json(postJson("/v1/audio", "{\"text\": " + quoted(text) + ", \"voice\": \"Bella\"}"));
        assertTrue(json.path("cached").asBoolean());
        assertEquals(key, json.path("cache_key").asText());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")));
    }

    @Test
    void anInterruptedStreamCutsTheCallerAndIsNeverStored() throws Exception {
        String text = "Stream roto";
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*/stream")).atPriority(1)
                .withRequestBody(containing(text))
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg")
                        .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));

        // The cut may come after locutor has sent its status line (the caller's stream breaks off) or before it has
        // relayed a byte (locutor can still answer a whole 502 problem); never a complete 200.
        byte[] received;
        int status;
        String contentType;
        try {
            HttpResponse<InputStream> response = http.send(HttpRequest.newBuilder(streamUri(text, "Bella")).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            status = response.statusCode();
            contentType = response.headers().firstValue("Content-Type").orElse("");
            try (InputStream body = response.body()) {
                received = body.readAllBytes();
            }
        } catch (IOException cut) {
            received = null;
            status = 0;
            contentType = "";
        }
        if (received != null) {
            assertEquals(502, status, "a stream that broke before its first byte is answered as a failure, not as audio");
            assertEquals("application/problem+json", contentType);
            assertEquals("elevenlabs_stream_interrupted", JSON.readTree(received).path("error").path("code").asText());
        }

        // Not stored: the same request goes upstream again (and is not kept waiting on the broken one).
        elevenLabs.resetAll();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        HttpResponse<byte[]> retry = getBytes(streamUri(text, "Bella").toString());
        assertEquals("miss", retry.headers().firstValue("X-Locutor-Cache").orElse(""));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, retry.body());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*/stream")));
    }

    @Test
    void failureBeforeTheFirstByteIsRetriedThenAnsweredAsJson() throws Exception {
        String text = "Stream sin respuesta";
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*/stream")).atPriority(1)
                .withRequestBody(containing(text))
                .willReturn(ElevenLabsSimulator.error(500, "{\"detail\":{\"status\":\"internal_error\",\"message\":\"oops\"}}")));
        HttpResponse<String> response = getText(streamUri(text, "Bella").toString());
        assertEquals(503, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals("elevenlabs_unavailable", json(response).path("error").path("code").asText());
        elevenLabs.verify(4, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*/stream")));
    }

    @Test
    void streamRequestsAreValidatedLikeAnyOther() throws Exception {
        HttpResponse<String> response = getText("/audio/stream?voice_id=Bella");
        assertEquals(400, response.statusCode());
        assertEquals("text", json(response).path("error").path("field").asText());
        HttpResponse<String> speed = getText("/audio/stream?text=hola&speed=lento");
        assertEquals(400, speed.statusCode());
        assertEquals("speed", json(speed).path("error").path("field").asText());
    }

    private URI streamUri(String text, String voice) {
        return URI.create(baseUrl() + "/audio/stream?text=" + URLEncoder.encode(text, StandardCharsets.UTF_8)
                + "&voice_id=" + voice);
    }
}
