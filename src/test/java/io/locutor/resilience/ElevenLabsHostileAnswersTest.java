package io.locutor.resilience;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Properties;

import com.github.tomakehurst.wiremock.http.Fault;
import io.locutor.elevenlabs.ElevenLabsSlots;
import io.locutor.support.CapturedLog;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ElevenLabs answering 200 with something that is not the audio asked for: a body cut short, a proxy's HTML page,
 * JSON, bytes of another format. Each is a failed attempt within ELEVENLABS_MAX_RETRIES, never stored nor cached;
 * and the live concurrency limit, lowered by a concurrency 429, comes back after successes.
 */
class ElevenLabsHostileAnswersTest extends LocutorTestSupport {

    private static final String TTS = "/v1/text-to-speech/[A-Za-z0-9]+";
    private static final int RETRIES = 2;

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.elevenlabs.max-retries", Integer.toString(RETRIES));
        p.put("locutor.elevenlabs.circuit.minimum-calls", "1000");
        p.put("locutor.elevenlabs.circuit.window", "1000");
        p.put("locutor.elevenlabs.concurrency", "3");
    }

    @Test
    void aTruncatedBodyIsAnAttemptWithinTheRetryBudget() throws Exception {
        String log;
        try (CapturedLog printed = CapturedLog.printed()) {
            elevenLabs.stubFor(post(urlPathMatching(TTS)).atPriority(1).withRequestBody(containing("Cortado largo"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg")
                            .withHeader("Content-Length", "50000").withBody(new byte[1000])));
            HttpResponse<String> lengthShort = synthesize("Cortado largo");
            assertEquals(503, lengthShort.statusCode(), lengthShort.body());
            assertEquals("elevenlabs_unreachable", json(lengthShort).path("code").asText());
            assertEquals(1 + RETRIES, calls("Cortado largo"));

            elevenLabs.stubFor(post(urlPathMatching(TTS)).atPriority(1).withRequestBody(containing("Trozo roto"))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg")
                            .withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
            HttpResponse<String> chunk = synthesize("Trozo roto");
            assertEquals(503, chunk.statusCode(), chunk.body());
            assertEquals(1 + RETRIES, calls("Trozo roto"));
            log = printed.text();
        }
        // this application's retries of the cut answers (other applications of the test run log to the same place)
        String lines = String.join("\n", log.lines().filter(l -> l.contains("Retrying") && l.contains("truncated_body")).toList());
        assertTrue(lines.contains("retry 1 of " + RETRIES) && lines.contains("retry 2 of " + RETRIES), lines);
        assertFalse(lines.contains("retry 3 of"), lines);
        assertEquals(2 * RETRIES, lines.lines().count(), lines);
    }

    @Test
    void aSuccessThatIsNotAudioOfTheFormatAskedIsAFailureNeverStored() throws Exception {
        String[][] answers = {
                {"Pagina de proxy", "text/html", "<html><body>502 Bad Gateway</body></html>"},
                {"Json de error", "application/json", "{\"detail\":\"oops\"}"},
                {"Audio sin cabecera", "audio/mpeg", "this is plain text, not an mp3 frame"}};
        for (String[] answer : answers) {
            elevenLabs.stubFor(post(urlPathMatching(TTS)).atPriority(1).withRequestBody(containing(answer[0]))
                    .willReturn(aResponse().withStatus(200).withHeader("Content-Type", answer[1]).withBody(answer[2])));
            HttpResponse<String> response = synthesize(answer[0]);
            assertEquals(502, response.statusCode(), answer[0] + " " + response.body());
            assertEquals("elevenlabs_invalid_audio", json(response).path("code").asText(), response.body());
            assertEquals(1 + RETRIES, calls(answer[0]));
        }
        try (var stored = Files.list(dataDir().resolve("audio"))) {
            assertTrue(stored.allMatch(f -> {
                try {
                    byte[] head = Files.readAllBytes(f);
                    return head.length > 3 && head[0] == 'I' && head[1] == 'D' && head[2] == '3';
                } catch (Exception e) {
                    return false;
                }
            }), "only real audio was stored");
        }
        // Once ElevenLabs answers audio again, the same text is generated (nothing bad was cached).
        elevenLabs.resetAll();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        HttpResponse<String> again = synthesize("Pagina de proxy");
        assertEquals(200, again.statusCode(), again.body());
        assertFalse(json(again).path("cached").asBoolean());
        // pcm has no header to check: any bytes of a 200 are its samples
        HttpResponse<String> pcm = postJson("/v1/audio", "{\"text\": \"Muestras crudas\", \"output_format\": \"pcm_16000\"}");
        assertEquals(200, pcm.statusCode(), pcm.body());
    }

    @Test
    void theConcurrencyLimitComesBackAfterSuccesses() throws Exception {
        ElevenLabsSlots slots = context.getRegistry().lookupByNameAndType("elevenLabsSlots", ElevenLabsSlots.class);
        int configured = slots.limit();
        elevenLabs.stubFor(post(urlPathMatching(TTS)).atPriority(1).withRequestBody(containing("Demasiados"))
                .willReturn(ElevenLabsSimulator.error(429,
                        "{\"detail\":{\"status\":\"too_many_concurrent_requests\",\"message\":\"busy\"}}")));
        synthesize("Demasiados a la vez");
        assertTrue(slots.limit() < configured, "lowered after the 429: " + slots.limit());
        for (int i = 0; i < ElevenLabsSlots.RECOVER_AFTER * configured * configured && slots.limit() < configured; i++) {
            assertEquals(200, synthesize("Éxito número " + i).statusCode());
        }
        assertEquals(configured, slots.limit(), "back to the configured limit after successes");
    }

    private HttpResponse<String> synthesize(String text) throws Exception {
        return postJson("/v1/audio", "{\"text\": " + quoted(text) + "}");
    }

    private int calls(String marker) {
        return elevenLabs.findAll(postRequestedFor(urlPathMatching(TTS)).withRequestBody(containing(marker))).size();
    }
}
