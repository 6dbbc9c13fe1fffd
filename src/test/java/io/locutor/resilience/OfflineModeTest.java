package io.locutor.resilience;

import java.net.http.HttpResponse;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.fallback.LocalSpeech;
import io.locutor.support.LocutorTestSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** No ELEVENLABS_API_KEY and the local engine installed: locutor still speaks, without calling anyone. */
class OfflineModeTest extends LocutorTestSupport {

    @BeforeAll
    static void localEngineInstalled() {
        assumeTrue(LocalSpeech.installed(), "espeak-ng and lame are not installed");
    }

    @Override
    protected String apiKey() {
        return "";
    }

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.fallback.local", "true");
    }

    @Test
    void synthesisWorksOfflineWithTheLocalEngine() throws Exception {
        HttpResponse<String> response = postJson("/v1/audio", "{\"text\": \"Hello from an offline machine.\", \"language\": \"en\"}");
        assertEquals(200, response.statusCode(), response.body());
        JsonNode answer = json(response);
        assertEquals("local", answer.path("engine").asText());
        assertTrue(getBytes(answer.path("audio_url").asText()).body().length > 1000);
        // stored under its own key (the engine is part of it), the same one every time
        assertEquals(answer.path("cache_key").asText(), json(postJson("/v1/audio",
                "{\"text\": \"Hello from an offline machine.\", \"language\": \"en\"}")).path("cache_key").asText());
        elevenLabs.verify(0, anyRequestedFor(anyUrl()));
    }
}
