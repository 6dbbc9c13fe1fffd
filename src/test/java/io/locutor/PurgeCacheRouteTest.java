package io.locutor;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DELETE /v1/cache... through routes/purge-cache.camel.yaml, on the embedded (in-process) index and folder storage. */
class PurgeCacheRouteTest extends LocutorTestSupport {

    private static final String TTS = "/v1/text-to-speech/.*";

    @Test
    void purgingOneKeyRemovesEntryAndObjectSoTheNextRequestRegenerates() throws Exception {
        String request = "{\"text\": \"Se dijo mal; otra vez.\"}";
        String key = json(postJson("/v1/audio", request)).path("cache_key").asText();
        assertTrue(Files.exists(dataDir().resolve("audio").resolve(key + ".mp3")));

        HttpResponse<String> purge = delete("/v1/cache/" + key);
        assertEquals(200, purge.statusCode());
        assertEquals("application/json", purge.headers().firstValue("Content-Type").orElse(""));
        assertEquals(1, json(purge).path("purged").asInt());
        assertFalse(Files.exists(dataDir().resolve("audio").resolve(key + ".mp3")), "the stored object goes too");
        assertEquals(0, json(delete("/v1/cache/" + key)).path("purged").asInt(), "nothing left to purge");

        assertFalse(json(postJson("/v1/audio", request)).path("cached").asBoolean());
        elevenLabs.verify(2, postRequestedFor(urlPathMatching(TTS)));
    }

    @Test
    void purgingAVoiceByAliasLeavesOtherVoicesAndPurgingAllLeavesNothing() throws Exception {
        delete("/v1/cache?all=true");
        String elli = "{\"voice\": \"Elli\", \"text\": \"Voz por purgar.\"}";
        String josh = "{\"voice\": \"Josh\", \"text\": \"Voz que se queda.\"}";
        postJson("/v1/audio", elli);
        postJson("/v1/audio", josh);

        JsonNode byVoice = json(delete("/v1/cache?voice=Elli"));
        assertEquals(1, byVoice.path("purged").asInt());
        assertEquals("MF3mGyEYCl7XYWbV9V6O", byVoice.path("voice_id").asText());
        assertTrue(json(postJson("/v1/audio", josh)).path("cached").asBoolean());
        assertFalse(json(postJson("/v1/audio", elli)).path("cached").asBoolean());

        assertEquals(2, json(delete("/v1/cache?all=true")).path("purged").asInt());
        assertFalse(json(postJson("/v1/audio", josh)).path("cached").asBoolean());
    }

    @Test
    void badKeysAndUnknownVoicesAre400sThatSayWhatToSend() throws Exception {
        HttpResponse<String> badKey = delete("/v1/cache/not-a-key");
        assertEquals(400, badKey.statusCode());
        assertEquals("cache_key", json(badKey).path("error").path("field").asText());
        assertTrue(json(badKey).path("error").path("message").asText().contains("64"));

        HttpResponse<String> badVoice = delete("/v1/cache?voice=Nadie");
        assertEquals(400, badVoice.statusCode());
        assertEquals("voice", json(badVoice).path("error").path("field").asText());
        assertTrue(json(badVoice).path("error").path("message").asText().contains("Bella"));
    }

    private HttpResponse<String> delete(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
