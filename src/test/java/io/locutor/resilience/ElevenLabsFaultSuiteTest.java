package io.locutor.resilience;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.locutor.elevenlabs.ElevenLabsSlots;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The fault matrix: for each class of ElevenLabs failure, the exact upstream calls, the delay honored, the caller's
 * status and code, and what was (not) stored. WireMock plays ElevenLabs; each row uses its own text.
 */
class ElevenLabsFaultSuiteTest extends LocutorTestSupport {

    private static final String TTS = "/v1/text-to-speech/[A-Za-z0-9]+";
    private static final String STREAM = "/v1/text-to-speech/[A-Za-z0-9]+/stream";

    @Override
    protected void overrides(Properties p) {
        // The breaker has its own test; here it must not open between rows.
        p.put("locutor.elevenlabs.circuit.minimum-calls", "1000");
        p.put("locutor.elevenlabs.circuit.window", "1000");
    }

    @Test
    void row503Then503Then200IsRetriedTwiceAndStoredOnce() throws Exception {
        sequence(TTS, "Fila uno", status(503, "service_unavailable"), status(503, "service_unavailable"),
                ElevenLabsSimulator.audioResponse());
        HttpResponse<String> response = synthesize("Fila uno");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(3, calls(TTS, "Fila uno"));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, getBytes(json(response).path("audio_url").asText()).body());
        assertTrue(json(synthesize("Fila uno")).path("cached").asBoolean(), "stored once, then a hit");
        assertEquals(3, calls(TTS, "Fila uno"));
    }

    @Test
    void row429WithRetryAfterWaitsAtLeastThatLong() throws Exception {
        sequence(TTS, "Fila dos", status(429, "system_busy").withHeader("Retry-After", "1"),
                ElevenLabsSimulator.audioResponse());
        HttpResponse<String> response = synthesize("Fila dos");
        assertEquals(200, response.statusCode(), response.body());
        List<LoggedRequest> requests = requests(TTS, "Fila dos");
        assertEquals(2, requests.size());
        long gap = requests.get(1).getLoggedDate().getTime() - requests.get(0).getLoggedDate().getTime();
        // the configured backoff here is 10..40 ms: only Retry-After explains a wait of a second
        assertTrue(gap >= 1000, "second call came " + gap + " ms after the first, Retry-After said 1 s");
        String metrics = getText("/observe/metrics").body();
        assertTrue(metrics.contains("locutor_elevenlabs_retries_total{reason=\"system_busy\"}"), metrics);
    }

    @Test
    void row429TooManyConcurrentIsRetriedAndLowersTheLiveLimit() throws Exception {
        ElevenLabsSlots slots = context.getRegistry().lookupByNameAndType("elevenLabsSlots", ElevenLabsSlots.class);
        int before = slots.limit();
        sequence(TTS, "Fila concurrente", status(429, "too_many_concurrent_requests"), ElevenLabsSimulator.audioResponse());
        HttpResponse<String> response = synthesize("Fila concurrente");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2, calls(TTS, "Fila concurrente"));
        assertEquals(before - 1, slots.limit());
    }

    @Test
    void row401QuotaIsNotRetriedAndSaysSo() throws Exception {
        failAlways(TTS, "Fila cuota", 401, "{\"detail\":{\"status\":\"quota_exceeded\",\"message\":\"This request exceeds "
                + "your quota of 10000. You have 12 credits remaining.\"}}");
        HttpResponse<String> response = synthesize("Fila cuota");
        assertEquals(502, response.statusCode());
        assertEquals("elevenlabs_quota_exceeded", code(response));
        assertEquals(1, calls(TTS, "Fila cuota"));
        synthesize("Fila cuota");
        assertEquals(2, calls(TTS, "Fila cuota"), "nothing stored: the next identical request asks again");
    }

    @Test
    void row401InvalidKeyIsNotRetriedAndReadinessReportsIt() throws Exception {
        failAlways(TTS, "Fila clave", 401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}");
        HttpResponse<String> response = synthesize("Fila clave");
        assertEquals(502, response.statusCode());
        assertEquals("elevenlabs_invalid_api_key", code(response));
        assertFalse(response.body().contains(ElevenLabsSimulator.API_KEY));
        assertEquals(1, calls(TTS, "Fila clave"));
        HttpResponse<String> health = getText("/observe/health?exposureLevel=full");
        assertEquals(503, health.statusCode(), health.body());
        assertTrue(health.body().contains("elevenlabs_invalid_api_key") && health.body().contains("DOWN"), health.body());
        assertFalse(health.body().contains(ElevenLabsSimulator.API_KEY));
        // a later accepted answer clears it
        sequence(TTS, "Fila clave arreglada", status(503, "service_unavailable"), ElevenLabsSimulator.audioResponse());
        synthesize("Fila clave arreglada");
        assertFalse(getText("/observe/health?exposureLevel=full").body().contains("elevenlabs_invalid_api_key"));
    }

    @Test
    void row422IsA400WithTheUpstreamMessageAndField() throws Exception {
        failAlways(TTS, "Fila invalida", 422, "{\"detail\":[{\"loc\":[\"body\",\"voice_settings\",\"stability\"],"
                + "\"msg\":\"ensure this value is less than or equal to 1.0\",\"type\":\"value_error\"}]}");
        HttpResponse<String> response = synthesize("Fila invalida");
        assertEquals(400, response.statusCode());
        JsonNode error = json(response).path("error");
        assertEquals("upstream_rejected", error.path("code").asText());
        assertEquals("stability", error.path("field").asText());
        assertTrue(error.path("message").asText().contains("less than or equal to 1.0"));
        assertEquals(1, calls(TTS, "Fila invalida"));
    }

    @Test
    void rowConnectionResetMidBodyIsRetriedAndOnlyTheWholeAudioStored() throws Exception {
        sequence(TTS, "Fila cortada", ElevenLabsSimulator.audioResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE),
                ElevenLabsSimulator.audioResponse());
        HttpResponse<String> response = synthesize("Fila cortada");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2, calls(TTS, "Fila cortada"));
        assertArrayEquals(ElevenLabsSimulator.AUDIO, getBytes(json(response).path("audio_url").asText()).body());
    }

    @Test
    void rowEmptyBodyIsRetriedAsTheWholeCall() throws Exception {
        sequence(TTS, "Fila vacia", aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg"),
                ElevenLabsSimulator.audioResponse());
        HttpResponse<String> response = synthesize("Fila vacia");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(2, calls(TTS, "Fila vacia"), "the retry calls ElevenLabs again, not only the read");
        assertArrayEquals(ElevenLabsSimulator.AUDIO, getBytes(json(response).path("audio_url").asText()).body());
    }

    @Test
    void rowStreamFailingBeforeItsFirstByteIsRetried() throws Exception {
        sequence(STREAM, "Fila stream antes", status(503, "service_unavailable"), ElevenLabsSimulator.audioResponse());
        HttpResponse<byte[]> response = getBytes(streamUri("Fila stream antes").toString());
        assertEquals(200, response.statusCode());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, response.body());
        assertEquals(2, calls(STREAM, "Fila stream antes"));
    }

    @Test
    void rowStreamFailingAfterItsFirstByteIsCutAndNotStored() throws Exception {
        // the status line and headers arrive, then the chunked body breaks
        failWith(STREAM, "Fila stream despues", aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg")
                .withFault(Fault.MALFORMED_RESPONSE_CHUNK));
        // Over a plain socket: the JDK client sends a GET again by itself when the connection closes before any answer
        // (ConnectionExpiredException), and that second ElevenLabs call would be the client's retry, not locutor's.
        String answer;
        URI uri = streamUri("Fila stream despues");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.getOutputStream().write(("GET " + uri.getRawPath() + "?" + uri.getRawQuery() + " HTTP/1.1\r\nHost: "
                    + uri.getAuthority() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
        // nothing, or a chunked answer without its last chunk: never a complete file
        assertFalse(answer.endsWith("\r\n0\r\n\r\n") || answer.toLowerCase(Locale.ROOT).contains("content-length:"),
                "the caller sees a cut stream, not a complete file: " + answer.lines().findFirst().orElse("(nothing)"));
        assertEquals(1, calls(STREAM, "Fila stream despues"), "bytes were on their way: no retry");
        elevenLabs.resetAll();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        HttpResponse<byte[]> again = getBytes(streamUri("Fila stream despues").toString());
        assertEquals("miss", again.headers().firstValue("X-Locutor-Cache").orElse(""), "nothing partial was stored");
        assertArrayEquals(ElevenLabsSimulator.AUDIO, again.body());
    }

    private HttpResponse<String> synthesize(String text) throws IOException, InterruptedException {
        return postJson("/v1/audio", "{\"text\": " + quoted(text) + "}");
    }

    private URI streamUri(String text) {
        return URI.create(baseUrl() + "/audio/stream?voice_id=Bella&text=" + URLEncoder.encode(text, StandardCharsets.UTF_8));
    }

    private static ResponseDefinitionBuilder status(int status, String detail) {
        return ElevenLabsSimulator.error(status, "{\"detail\":{\"status\":\"" + detail + "\",\"message\":\"" + detail + "\"}}");
    }

    /** The answers, in order, to the requests whose body contains the marker; the last one repeats. */
    private void sequence(String path, String marker, ResponseDefinitionBuilder... answers) {
        String state = Scenario.STARTED;
        for (int i = 0; i < answers.length; i++) {
            String next = i == answers.length - 1 ? state : "answer-" + (i + 1);
            elevenLabs.stubFor(post(urlPathMatching(path)).atPriority(1).inScenario(marker).whenScenarioStateIs(state)
                    .withRequestBody(containing(marker)).willReturn(answers[i]).willSetStateTo(next));
            state = next;
        }
    }

    private void failAlways(String path, String marker, int status, String body) {
        failWith(path, marker, ElevenLabsSimulator.error(status, body));
    }

    private void failWith(String path, String marker, ResponseDefinitionBuilder answer) {
        elevenLabs.stubFor(post(urlPathMatching(path)).atPriority(1).withRequestBody(containing(marker)).willReturn(answer));
    }

    private List<LoggedRequest> requests(String path, String marker) {
        return elevenLabs.findAll(postRequestedFor(urlPathMatching(path)).withRequestBody(containing(marker))).stream()
                .sorted(Comparator.comparing(LoggedRequest::getLoggedDate)).toList();
    }

    private int calls(String path, String marker) {
        return requests(path, marker).size();
    }

    private static String code(HttpResponse<String> response) throws IOException {
        return json(response).path("error").path("code").asText();
    }
}
