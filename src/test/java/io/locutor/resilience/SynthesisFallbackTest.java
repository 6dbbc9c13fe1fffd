package io.locutor.resilience;

import java.net.http.HttpResponse;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.fallback.LocalSpeech;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The fallback chain (routes/synthesis-fallback.camel.yaml): another model, then the local engine. */
class SynthesisFallbackTest extends LocutorTestSupport {

    private static final String QUOTA = "{\"detail\":{\"status\":\"quota_exceeded\",\"message\":\"quota\"}}";

    @BeforeAll
    static void localEngineInstalled() {
        // the only reason to skip: the Debian packages espeak-ng and lame are absent (.ci/run installs them)
        assumeTrue(LocalSpeech.installed(), "espeak-ng and lame are not installed");
    }

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.fallback.local", "true");
        p.put("locutor.fallback.model", "eleven_flash_v2_5");
    }

    @Test
    void quotaOnTheModelFallsBackToAnotherModelFirst() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(matchingJsonPath("$.model_id", equalTo("eleven_multilingual_v2")))
                .withRequestBody(containing("Cuota modelo"))
                .willReturn(ElevenLabsSimulator.error(401, QUOTA)));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Cuota modelo\"}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertEquals("elevenlabs", answer.path("engine").asText());
        assertEquals("eleven_flash_v2_5", answer.path("model_id").asText());
        elevenLabs.verify(2, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")).withRequestBody(containing("Cuota modelo")));

        // the same request while the model still fails: the stored stand-in answers, ElevenLabs bills no second one
        JsonNode again = json(postJson("/v1/audio", "{\"text\": \"Cuota modelo\"}"));
        assertEquals("eleven_flash_v2_5", again.path("model_id").asText(), again.toString());
        assertEquals(answer.path("cache_key").asText(), again.path("cache_key").asText());
        elevenLabs.verify(1, postRequestedFor(urlPathMatching("/v1/text-to-speech/.*")).withRequestBody(containing("Cuota modelo"))
                .withRequestBody(matchingJsonPath("$.model_id", equalTo("eleven_flash_v2_5"))));
    }

    @Test
    void whenElevenLabsCannotAnswerAtAllTheLocalEngineSpeaksInTheRequestsLanguage() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(containing("Sin cuota"))
                .willReturn(ElevenLabsSimulator.error(401, QUOTA)));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Sin cuota, hablamos en local.\", \"language\": \"es\"}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertEquals("local", answer.path("engine").asText());
        byte[] audio = getBytes(answer.path("audio_url").asText()).body();
        assertTrue(audio.length > 1000, "an MP3 of some length");
        assertTrue((audio[0] & 0xFF) == 0xFF || new String(audio, 0, 3).equals("ID3"), "MP3 frames or an ID3 tag");

        // while ElevenLabs still fails, the same request gets the same local audio back from storage
        JsonNode repeated = json(postJson("/v1/audio", "{\"text\": \"Sin cuota, hablamos en local.\", \"language\": \"es\"}"));
        assertEquals("local", repeated.path("engine").asText(), repeated.toString());
        assertEquals(answer.path("cache_key").asText(), repeated.path("cache_key").asText());
        assertArrayEquals(audio, getBytes(repeated.path("audio_url").asText()).body());

        // its own key: the ElevenLabs key of the same request is not taken by the local audio
        elevenLabs.resetAll();
        ElevenLabsSimulator.stubDefaults(elevenLabs);
        JsonNode again = json(postJson("/v1/audio", "{\"text\": \"Sin cuota, hablamos en local.\", \"language\": \"es\"}"));
        assertEquals("elevenlabs", again.path("engine").asText());
        assertNotEquals(answer.path("cache_key").asText(), again.path("cache_key").asText());
    }

    @Test
    void aRequestElevenLabsRefusedIsNotHiddenByAFallback() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).withRequestBody(containing("Mal hecho"))
                .willReturn(ElevenLabsSimulator.error(422, "{\"detail\":[{\"loc\":[\"body\",\"text\"],\"msg\":\"bad\",\"type\":\"value_error\"}]}")));
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Mal hecho\"}");
        assertEquals(400, response.statusCode());
        assertEquals("upstream_rejected", json(response).path("error").path("code").asText());
    }
}
