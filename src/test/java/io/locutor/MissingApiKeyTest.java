package io.locutor;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.cache.CacheKeys;
import io.locutor.request.SpeechRequests;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import io.locutor.synthesis.Speech;
import io.locutor.synthesis.SpeechText;
import io.locutor.voice.VoiceCatalog;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Without ELEVENLABS_API_KEY locutor starts, serves what it has, and says what to set for the rest. */
class MissingApiKeyTest extends LocutorTestSupport {

    @Override
    protected String apiKey() {
        return "";
    }

    @Test
    void synthesisAnswers503NamingTheVariable() throws Exception {
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Sin clave\"}");
        assertEquals(503, response.statusCode());
        JsonNode error = json(response).path("error");
        assertEquals("elevenlabs_api_key_missing", error.path("code").asText());
        assertTrue(error.path("message").asText().contains("ELEVENLABS_API_KEY"));
        HttpResponse<String> stream = getText("/audio/stream?text=Sin%20clave");
        assertEquals(503, stream.statusCode());
        elevenLabs.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void audioAlreadyStoredIsStillServed() throws Exception {
        // Audio made earlier (say, before the key was removed) is in the data folder under its cache key.
        String request = "{\"text\": \"Guardado de antes\", \"voice\": \"Sarah\"}";
        Speech speech = context.getRegistry().lookupByNameAndType("speechRequests", SpeechRequests.class).parse(request, null);
        speech = context.getRegistry().lookupByNameAndType("voiceCatalog", VoiceCatalog.class).resolve(speech);
        speech = context.getRegistry().lookupByNameAndType("speechText", SpeechText.class).normalize(speech);
        String key = context.getRegistry().lookupByNameAndType("cacheKeys", CacheKeys.class).assign(speech).cacheKey();
        Path stored = dataDir().resolve("audio").resolve(key + ".mp3");
        Files.write(stored, ElevenLabsSimulator.AUDIO);

        JsonNode answer = json(postJson("/v1/audio", request));
        assertTrue(answer.path("cached").asBoolean(), answer.toString());
        assertEquals(key, answer.path("cache_key").asText());
        assertArrayEquals(ElevenLabsSimulator.AUDIO, getBytes(answer.path("audio_url").asText()).body());
        elevenLabs.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void voicesFallBackToAliasesAndSaySo() throws Exception {
        JsonNode answer = json(getText("/v1/voices"));
        assertEquals("aliases", answer.path("source").asText());
        assertEquals(6, answer.path("voices").size());
        assertTrue(answer.path("note").asText().contains("ELEVENLABS_API_KEY"));
    }

    @Test
    void healthIsUp() throws Exception {
        HttpResponse<String> health = getText("/observe/health");
        assertEquals(200, health.statusCode());
        assertEquals("UP", json(health).path("status").asText());
    }
}
