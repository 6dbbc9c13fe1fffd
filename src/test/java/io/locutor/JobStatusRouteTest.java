package io.locutor;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;

import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Async REST (POST /v1/audio async → routes/run-job, GET /v1/jobs/{id} → routes/job-status), default settings. */
class JobStatusRouteTest extends LocutorTestSupport {

    /** Completes when a background job's exchange (the one that ran synthesis: it has "failed" set) completes. */
    private CompletableFuture<Void> jobFinished() {
        CompletableFuture<Void> finished = new CompletableFuture<>();
        context.getManagementStrategy().addEventNotifier(new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                if (event instanceof CamelEvent.ExchangeCompletedEvent done && done.getExchange().getProperty("jobId") != null
                        && done.getExchange().getProperty("failed") != null) {
                    finished.complete(null);
                }
            }
        });
        return finished;
    }

    private JsonNode runJob(HttpResponse<String> accepted) throws Exception {
        return JSON.readTree(accepted.body());
    }

    @Test
    void asyncRequestIsAcceptedThenDoneWithItsResult() throws Exception {
        CompletableFuture<Void> finished = jobFinished();
        HttpResponse<String> accepted = postJson("/v1/audio", "{\"text\": \"Un trabajo en segundo plano.\", \"async\": true}");
        assertEquals(202, accepted.statusCode(), accepted.body());
        JsonNode job = runJob(accepted);
        assertEquals("queued", job.path("status").asText());
        String statusUrl = job.path("status_url").asText();
        assertEquals(statusUrl, accepted.headers().firstValue("Location").orElse(""));

        finished.get(30, TimeUnit.SECONDS);
        JsonNode done = json(getText(statusUrl));
        assertEquals("done", done.path("status").asText(), done.toString());
        assertTrue(done.path("result").path("audio_url").asText().startsWith("http"), done.toString());
        assertEquals(ElevenLabsSimulator.CHARACTER_COUNT, done.path("result").path("characters").asInt());
    }

    @Test
    void preferRespondAsyncAlsoMakesAJobAndAFailureIsReportedOnIt() throws Exception {
        elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                .withRequestBody(containing("voz rechazada"))
                .willReturn(ElevenLabsSimulator.error(422, "{\"detail\":[{\"loc\":[\"body\",\"text\"],\"msg\":\"rejected\",\"type\":\"value_error\"}]}")));
        CompletableFuture<Void> finished = jobFinished();
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio"))
                .header("Content-Type", "application/json").header("Prefer", "respond-async")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Una voz rechazada.\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(202, accepted.statusCode(), accepted.body());

        finished.get(30, TimeUnit.SECONDS);
        JsonNode failed = json(getText(runJob(accepted).path("status_url").asText()));
        assertEquals("failed", failed.path("status").asText(), failed.toString());
        assertTrue(failed.path("error").path("code").asText().length() > 0, failed.toString());
        assertEquals(1, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size());
    }

    @Test
    void unknownJobIs404() throws Exception {
        HttpResponse<String> missing = getText("/v1/jobs/no-such-job");
        assertEquals(404, missing.statusCode());
        assertEquals("job_not_found", json(missing).path("error").path("code").asText());
    }

    @Test
    void callbackToLoopbackIsRefusedByDefaultNamingTheField() throws Exception {
        for (String url : new String[] {"http://127.0.0.1:9/hook", "http://169.254.169.254/latest/meta-data", "file:///etc/passwd",
                "http://10.1.2.3/x"}) {
            HttpResponse<String> refused = postJson("/v1/audio", "{\"text\": \"Hola\", \"callback_url\": " + quoted(url) + "}");
            assertEquals(400, refused.statusCode(), url);
            assertEquals("callback_url", json(refused).path("error").path("field").asText(), refused.body());
        }
        assertEquals(0, elevenLabs.findAll(postRequestedFor(urlPathMatching("/v1/text-to-speech/.*"))).size());
    }
}
