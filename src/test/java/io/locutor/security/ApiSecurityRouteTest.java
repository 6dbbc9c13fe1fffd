package io.locutor.security;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.locutor.cache.SharedStore;
import io.locutor.support.CapturedLog;
import io.locutor.support.ElevenLabsSimulator;
import io.locutor.support.LocutorTestSupport;
import org.apache.camel.builder.NotifyBuilder;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * routes/api-security.camel.yaml: API keys on every REST door (stored audio included, health not), the per-key rate
 * limit, input limits, and no secret in any log line through a full scripted run.
 */
class ApiSecurityRouteTest extends LocutorTestSupport {

    private static final String OPS_KEY = "lk_ops_3b6f0e2d9a41c8f7";
    private static final String PLAIN_KEY = "lk_plain_a09c77d1e5f24b63";
    private static final String BURST_KEY = "lk_burst_6c2e91f0d4b7a358";
    private static final String WEBHOOK_SECRET = "whsec_masked_5f0d2c1b8e7a";

    @Override
    protected void overrides(Properties p) {
        p.put("locutor.security.api-keys", "ops:" + OPS_KEY + ", " + PLAIN_KEY + ",burst:" + BURST_KEY);
        p.put("locutor.security.rate-limit-per-minute", "1000");
        p.put("camel.server.max-body-size", "20000");
        p.put("locutor.quota.ventas.daily", "60");
        p.put("locutor.alert.webhook", elevenLabs.baseUrl() + "/alerts");
        p.put("locutor.alert.webhook-secret", WEBHOOK_SECRET);
        // an alert the receiver refuses is kept for replay after one retry, while the log is still captured
        p.put("locutor.webhooks.max-retries", "1");
        p.put("locutor.webhooks.retry-delay", "10");
    }

    @Test
    void everyRestDoorButHealthNeedsAKey() throws Exception {
        HttpResponse<String> none = postJson("/v1/audio", "{\"text\": \"Sin clave.\"}");
        assertEquals(401, none.statusCode());
        assertEquals("unauthorized", json(none).path("error").path("code").asText());
        assertTrue(json(none).path("error").path("message").asText().contains("Authorization: Bearer"));
        assertEquals("Bearer", none.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, send("/v1/audio", "Authorization", "Bearer wrong_key_123456", "{\"text\": \"Clave mala.\"}").statusCode());
        assertEquals(401, getText("/v1/voices").statusCode());
        assertEquals(401, getText("/v1/usage").statusCode());
        assertEquals(0, elevenLabs.findAll(com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                urlPathMatching("/v1/text-to-speech/.*"))).size());

        HttpResponse<String> ok = send("/v1/audio", "Authorization", "Bearer " + OPS_KEY, "{\"text\": \"Con clave.\"}");
        assertEquals(200, ok.statusCode(), ok.body());
        assertEquals(200, send("/v1/text/normalize", "X-Api-Key", PLAIN_KEY, "{\"text\": \"Con clave.\"}").statusCode());

        // Stored audio needs the key too: audio URLs are not bearer tokens.
        String audioUrl = json(ok).path("audio_url").asText();
        assertEquals(401, getBytes(audioUrl).statusCode());
        HttpResponse<byte[]> audio = http.send(HttpRequest.newBuilder(URI.create(audioUrl)).header("X-Api-Key", OPS_KEY).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, audio.statusCode());
        // Only cache-key names are served, even with a key.
        HttpResponse<String> traversal = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/v1/audio/..%2F..%2Fapplication.properties"))
                .header("X-Api-Key", OPS_KEY).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, traversal.statusCode(), traversal.body());

        assertEquals(200, getText("/observe/health").statusCode());
    }

    @Test
    void aKeyOverItsRateThisMinuteIsRefusedWithRetryAfter() throws Exception {
        // The limit is 1000 a minute: this key has already made 999 in this minute and the next (no wait on a clock).
        SharedStore store = context.getRegistry().lookupByNameAndType("sharedStore", SharedStore.class);
        long minute = Instant.now().getEpochSecond() / 60;
        store.increment("locutor:rate:burst:" + minute, 999, Duration.ofMinutes(2));
        store.increment("locutor:rate:burst:" + (minute + 1), 999, Duration.ofMinutes(2));

        assertEquals(200, send("/v1/text/normalize", "X-Api-Key", BURST_KEY, "{\"text\": \"Uno.\"}").statusCode());
        HttpResponse<String> limited = send("/v1/text/normalize", "X-Api-Key", BURST_KEY, "{\"text\": \"Dos.\"}");
        assertEquals(429, limited.statusCode(), limited.body());
        assertEquals("rate_limited", json(limited).path("error").path("code").asText());
        long retryAfter = Long.parseLong(limited.headers().firstValue("Retry-After").orElse("0"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);
        // Another key has its own count.
        assertEquals(200, send("/v1/text/normalize", "X-Api-Key", OPS_KEY, "{\"text\": \"Tres.\"}").statusCode());
    }

    @Test
    void eachInputLimitIsAClearRefusal() throws Exception {
        HttpResponse<String> tooBig = send("/v1/audio", "X-Api-Key", OPS_KEY, "{\"text\": \"" + "a".repeat(30_000) + "\"}");
        assertEquals(413, tooBig.statusCode());
        // Refused by the HTTP server before any route reads it, in the same problem+json shape as every error.
        assertEquals("body_too_large", json(tooBig).path("code").asText());

        HttpResponse<String> tooLong = send("/v1/audio", "X-Api-Key", OPS_KEY, "{\"text\": \"" + "palabra ".repeat(700) + "\"}");
        assertEquals(413, tooLong.statusCode());
        assertEquals("text_too_long", json(tooLong).path("error").path("code").asText());

        HttpResponse<String> ssml = send("/v1/audio", "X-Api-Key", OPS_KEY,
                "{\"text\": \"<prosody rate=\\\"slow\\\">Hola</prosody> <break time=\\\"1s\\\"/>\"}");
        assertEquals(400, ssml.statusCode());
        assertEquals("text", json(ssml).path("error").path("field").asText());
        assertTrue(json(ssml).path("error").path("message").asText().contains("<prosody>"), ssml.body());

        HttpResponse<String> control = send("/v1/text/normalize", "X-Api-Key", OPS_KEY,
                "{\"text\": \"Hola\\u0007 mun\\u0000do <break time=\\\"1s\\\"/>\", \"language\": \"es\"}");
        assertEquals(200, control.statusCode(), control.body());
        String spoken = json(control).path("text").asText();
        assertFalse(spoken.chars().anyMatch(c -> c < 0x20), spoken);
        assertTrue(spoken.contains("mundo") && spoken.contains("<break time=\"1s\"/>"), spoken);
    }

    @Test
    void noSecretReachesTheLogThroughAFullRun() throws Exception {
        String log;
        // The console's own layout, so what is checked is exactly what would be printed.
        NotifyBuilder alertSettled = new NotifyBuilder(context).fromRoute("webhook-outbox").whenCompleted(1).create();
        try (CapturedLog printed = CapturedLog.printed()) {
            elevenLabs.stubFor(post(urlPathEqualTo("/alerts")).willReturn(aResponse().withStatus(500)));
            elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1).inScenario("flaky")
                    .whenScenarioStateIs(Scenario.STARTED).withRequestBody(containing("Reintento"))
                    .willReturn(ElevenLabsSimulator.error(503, "{\"detail\":{\"status\":\"busy\",\"message\":\"try again\"}}"))
                    .willSetStateTo("recovered"));
            elevenLabs.stubFor(post(urlPathMatching("/v1/text-to-speech/.*")).atPriority(1)
                    .withRequestBody(containing("Rechazo"))
                    .willReturn(ElevenLabsSimulator.error(401, "{\"detail\":{\"status\":\"invalid_api_key\",\"message\":\"Invalid API key\"}}")));

            assertEquals(200, send("/v1/audio", "Authorization", "Bearer " + OPS_KEY, "{\"text\": \"Reintento una vez.\"}").statusCode());
            assertEquals(502, send("/v1/audio", "X-Api-Key", PLAIN_KEY, "{\"text\": \"Rechazo de clave.\"}").statusCode());
            assertEquals(401, send("/v1/audio", "Authorization", "Bearer " + OPS_KEY + "x", "{\"text\": \"Hola.\"}").statusCode());
            assertEquals(200, send("/v1/audio", "X-Api-Key", OPS_KEY, "{\"text\": \"Campaña de ventas hoy.\", \"campaign\": \"ventas\"}").statusCode());
            assertEquals(429, send("/v1/audio", "X-Api-Key", OPS_KEY, "{\"text\": \"Otra más de ventas.\", \"campaign\": \"ventas\"}").statusCode());
            // A careless log line of our own is masked too.
            LoggerFactory.getLogger(ApiSecurityRouteTest.class).warn("careless: key={} api={} secret={}",
                    apiKey(), OPS_KEY, WEBHOOK_SECRET, new IllegalStateException("key " + PLAIN_KEY));
            // the alert leaves after the request, through the webhook sender
            assertTrue(alertSettled.matches(30, TimeUnit.SECONDS), "the alert was not sent");
            log = printed.text();
        }
        assertTrue(log.contains("Usage alert") && log.contains("failed after its retries") && log.contains("careless: key=****"),
                "the run was logged:\n" + log);
        assertTrue(log.contains("503") || log.toLowerCase().contains("redeliver") || log.contains("retry"), "a retry was logged:\n" + log);
        for (String secret : new String[] {ElevenLabsSimulator.API_KEY, OPS_KEY, PLAIN_KEY, BURST_KEY, WEBHOOK_SECRET}) {
            assertFalse(log.contains(secret), "secret " + secret.substring(0, 6) + "… in the log:\n" + log);
        }
    }

    private HttpResponse<String> send(String path, String header, String value, String json) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).header(header, value)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
