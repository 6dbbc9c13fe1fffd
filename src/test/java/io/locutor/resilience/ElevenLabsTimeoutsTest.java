package io.locutor.resilience;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Properties;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.LocutorTestSupport;
import io.locutor.support.SilentServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ELEVENLABS_READ_TIMEOUT acts on the ElevenLabs client locutor builds (its own connection manager, where Camel's
 * HTTP component no longer applies its socket timeout): against an ElevenLabs that accepts the connection and never
 * answers, each attempt ends at the configured timeout and the caller gets a timeout error, instead of a call that
 * hangs (Camel's default is 3 minutes per attempt, HttpClient's none).
 */
class ElevenLabsTimeoutsTest extends LocutorTestSupport {

    /** Started from the settings callback (CamelTestSupport's constructor), before field initializers run. */
    private SilentServer silent;

    @Override
    protected void overrides(Properties p) {
        silent = SilentServer.start();
        p.put("locutor.elevenlabs.base-url", silent.baseUrl());
        p.put("locutor.elevenlabs.read-timeout", "1");
        p.put("locutor.elevenlabs.max-retries", "1");
    }

    @AfterAll
    void stopSilentServer() throws Exception {
        silent.close();
    }

    @Test
    void anElevenLabsThatNeverAnswersEndsEachAttemptAtTheReadTimeout() throws Exception {
        // The guard is far beyond two 1 s attempts and far below one attempt without the setting (3 minutes).
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Nadie contesta al otro lado.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());

        JsonNode error = json(answer).path("error");
        assertEquals(504, answer.statusCode(), answer.body());
        assertEquals("elevenlabs_timeout", error.path("code").asText(), answer.body());
        assertEquals(2, silent.requests("POST", "/v1/text-to-speech/"), "the first attempt and its one retry, each timed out");
    }
}
